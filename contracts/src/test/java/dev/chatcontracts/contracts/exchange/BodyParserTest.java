package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.engine.ValidationOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyParserTest {

    private final BodyParser parser = new BodyParser(1024, 10);

    @Test
    void readsJson() {
        assertThat(parser.parse(Body.ofText("{\"a\": [1, 2]}"))).isInstanceOf(ParsedBody.Json.class);
    }

    @Test
    void anEmptyBodyIsAbsent() {
        assertThat(parser.parse(null)).isInstanceOf(ParsedBody.Absent.class);
        assertThat(parser.parse(Body.empty())).isInstanceOf(ParsedBody.Absent.class);
    }

    @Test
    void namesTheOffsetOfTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        ParsedBody parsed = parser.parse(Body.wrap(latin1));

        assertThat(parsed).isInstanceOf(ParsedBody.Unreadable.class);
        assertThat(((ParsedBody.Unreadable) parsed).problem()).isEqualTo(ParsedBody.Problem.ENCODING);
        assertThat(((ParsedBody.Unreadable) parsed).detail()).contains("byte offset 10");
    }

    @Test
    void acceptsMultiByteUtf8AcrossChunkBoundaries() {
        String text = "\"" + "\u00e9\u4e2d".repeat(5000) + "\"";
        BodyParser large = new BodyParser(ValidationOptions.DEFAULT_MAX_BODY_BYTES, ValidationOptions.DEFAULT_MAX_NESTING_DEPTH);

        assertThat(large.parse(Body.wrap(text.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(ParsedBody.Json.class);
    }

    @Test
    void bytesEncodedFromTextAreNotCheckedAgainOtherBytesAre() {
        byte[] utf8 = "{\"a\": \"caf\u00e9 \uD83D\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(BodyParser.firstInvalidUtf8Byte(Body.wrap(utf8))).as("a lone surrogate was encoded as ?").isEqualTo(-1);
        assertThat(parser.parse(Body.wrapEncodedText(utf8))).isEqualTo(parser.parse(Body.wrap(utf8)));
        assertThat(BodyParser.firstInvalidUtf8Byte(Body.wrap(new byte[] {'"', (byte) 0xC3, '"'}))).isEqualTo(1);
        assertThat(BodyParser.firstInvalidUtf8Byte(Body.wrapEncodedText(new byte[] {'"', (byte) 0xC3, '"'})))
                .as("the caller's word is taken").isEqualTo(-1);
        assertThat(BodyParser.firstInvalidUtf8Byte(Body.ofText("\uDE00x"))).isEqualTo(-1);
    }

    @Test
    void doesNotQuoteTheBodyWhenItIsNotJson() {
        ParsedBody parsed = parser.parse(Body.ofText("{\"password\": hunter2-secret}"));

        assertThat(((ParsedBody.Unreadable) parsed).detail()).doesNotContain("hunter2").contains("line 1");
    }

    @Test
    void contentAfterTheValueIsMalformedAndSaysWhere() {
        ParsedBody valueThenValue = parser.parse(Body.ofText("{\"a\": 1} {\"secret\": 2}"));
        ParsedBody valueThenGarbage = parser.parse(Body.ofText("[1] hunter2"));

        assertThat(((ParsedBody.Unreadable) valueThenValue).problem()).isEqualTo(ParsedBody.Problem.MALFORMED);
        assertThat(((ParsedBody.Unreadable) valueThenValue).detail())
                .isEqualTo("not valid JSON: content after the JSON value at line 1, column 10");
        assertThat(((ParsedBody.Unreadable) valueThenGarbage).problem()).isEqualTo(ParsedBody.Problem.MALFORMED);
        assertThat(((ParsedBody.Unreadable) valueThenGarbage).detail()).doesNotContain("hunter2");
        assertThat(parser.parse(Body.ofText(" {\"a\": [1]}\n "))).isInstanceOf(ParsedBody.Json.class);
    }

    @Test
    void enforcesTheLimits() {
        assertThat(((ParsedBody.Unreadable) parser.parse(Body.ofText("[".repeat(11) + "]".repeat(11)))).problem())
                .isEqualTo(ParsedBody.Problem.TOO_DEEP);
        assertThat(((ParsedBody.Unreadable) parser.parse(Body.ofText("\"" + "x".repeat(2000) + "\""))).problem())
                .isEqualTo(ParsedBody.Problem.TOO_LARGE);
        assertThat(((ParsedBody.Unreadable) parser.parse(Body.ofText("{\"a\": 1"))).problem())
                .isEqualTo(ParsedBody.Problem.MALFORMED);
    }
}
