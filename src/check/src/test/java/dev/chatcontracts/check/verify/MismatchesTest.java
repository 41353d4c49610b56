package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MismatchesTest {

    @Test
    void pactPathsBecomeJsonPointers() {
        assertThat(Mismatches.pointer("$")).isEmpty();
        assertThat(Mismatches.pointer("$.unread")).isEqualTo("/unread");
        assertThat(Mismatches.pointer("$.chats[0].visitor.id")).isEqualTo("/chats/0/visitor/id");
        assertThat(Mismatches.pointer("$['visitor.name']")).isEqualTo("/visitor.name");
        assertThat(Mismatches.pointer("$.a/b")).isEqualTo("/a~1b");
        assertThat(Mismatches.pointer("status")).isNull();
        assertThat(Mismatches.pointer(null)).isNull();
    }
}
