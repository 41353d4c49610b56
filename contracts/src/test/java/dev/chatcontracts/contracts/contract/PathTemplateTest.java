package dev.chatcontracts.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PathTemplate}: its segments, matching, and the equality the matcher's maps key on (written out by hand). */
class PathTemplateTest {

    @Test
    void equalTemplatesAreEqualAndHashAlike() {
        PathTemplate chat = PathTemplate.parse("/chats/{chat_id}");

        assertThat(chat).isEqualTo(PathTemplate.parse("/chats/{chat_id}")).hasSameHashCodeAs(PathTemplate.parse("/chats/{chat_id}"));
        assertThat(chat).isEqualTo(new PathTemplate("/chats/{chat_id}", List.of("chats", "{chat_id}")));
    }

    @Test
    void templatesDifferingInEitherComponentDiffer() {
        PathTemplate chat = PathTemplate.parse("/chats/{chat_id}");

        assertThat(chat).isNotEqualTo(PathTemplate.parse("/chats/{id}"))
                .isNotEqualTo(new PathTemplate("/chats/{chat_id}", List.of("chats")))
                .isNotEqualTo(new PathTemplate("/chats/{chat_id}/", List.of("chats", "{chat_id}")))
                .isNotEqualTo("/chats/{chat_id}")
                .isNotEqualTo(null);
    }

    @Test
    void aTemplateKeysAMap() {
        Map<PathTemplate, String> operations = Map.of(PathTemplate.parse("/agents/me"), "showMe",
                PathTemplate.parse("/agents/{agent_id}"), "showAgent");

        assertThat(operations.get(PathTemplate.parse("/agents/{agent_id}"))).isEqualTo("showAgent");
        assertThat(operations.get(PathTemplate.parse("/agents/me"))).isEqualTo("showMe");
    }

    @Test
    void matchesSegmentBySegment() {
        PathTemplate chat = PathTemplate.parse("/chats/{chat_id}");

        assertThat(chat.match(List.of("chats", "123"))).contains(Map.of("chat_id", "123"));
        assertThat(chat.fits(List.of("agents", "123"))).isFalse();
        assertThat(PathTemplate.split("//chats/1/")).containsExactly("chats", "1");
    }

    /** The split by hand gives what splitting on "/" and dropping empty parts gives (its definition before). */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "/", "//", "a", "/a", "a/", "/a/b", "/a//b/", "///a///b///", "/chats/1/", "/agents/me",
            "/x y/%2F/+/", "no-slash-at-all", "/é/ü/"})
    void splitDropsTheEmptySegments(String path) {
        List<String> expected = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();

        assertThat(PathTemplate.split(path)).isEqualTo(expected);
    }
}
