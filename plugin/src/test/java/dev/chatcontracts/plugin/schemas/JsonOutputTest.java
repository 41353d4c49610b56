package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.output.JsonOutput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.openapi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutputTest {

    @Test
    void printsTwoSpaceIndentsColonSpaceNewlinesAndATrailingNewline() {
        assertThat(JsonOutput.json(Fixtures.json("{'a':[1,{}],'b':{'c':[]}}"))).isEqualTo("""
                {
                  "a": [
                    1,
                    {}
                  ],
                  "b": {
                    "c": []
                  }
                }
                """);
    }

    @Test
    void leavesAFileWithTheSameContentUntouched(@TempDir Path dir) throws Exception {
        Path file = JsonOutput.write(dir.resolve("a/b.json"), "{}\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        JsonOutput.write(file, "{}\n");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        JsonOutput.write(file, "[]\n");
        assertThat(Files.readString(file)).isEqualTo("[]\n");
    }

    @Test
    void safeNamesAreFileNameSegments() {
        assertThat(JsonOutput.isSafeName("zendesk-chat")).isTrue();
        assertThat(JsonOutput.isSafeName("showVisitor")).isTrue();
        assertThat(JsonOutput.isSafeName("../x")).isFalse();
        assertThat(JsonOutput.isSafeName("a/b")).isFalse();
        assertThat(JsonOutput.isSafeName("")).isFalse();
    }
}
