package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatSearchQueryTest {

    @Test
    void tokensKeepRangesAndQuotedPhrasesWhole() {
        assertThat(SearchTokenizer.tokens("timestamp:[2014-10-10 TO 2014-12-12]  AND \"chocolate cake\" x"))
                .containsExactly("timestamp:[2014-10-10 TO 2014-12-12]", "AND", "\"chocolate cake\"", "x");
        assertThat(SearchTokenizer.tokens("visitor_name:\"Harry Potter\" AND rating:good"))
                .containsExactly("visitor_name:\"Harry Potter\"", "AND", "rating:good");
    }

    @Test
    void aBareDateCoversTheWholeDayAtEitherEnd() {
        ChatSearchQuery.TimeRange range = ChatSearchQuery.TimeRange.parse("timestamp", "[2014-10-10 TO 2014-10-11]");

        assertThat(range.contains(Instant.parse("2014-10-10T00:00:00Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2014-10-11T23:59:59Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2014-10-09T23:59:59Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2014-10-12T00:00:00Z"))).isFalse();
    }

    @Test
    void openEndedRangesHaveNoBoundOnTheStarSide() {
        ChatSearchQuery.TimeRange range = ChatSearchQuery.TimeRange.parse("timestamp", "[2016-02-02T16:00:00 TO *]");

        assertThat(range.from()).isEqualTo(Instant.parse("2016-02-02T16:00:00Z"));
        assertThat(range.to()).isNull();
    }

    @Test
    void wordsMatchWholeAndCaseInsensitivelyAndAStarMatchesAPrefix() {
        assertThat(ChatSearchQuery.wordPattern("tom").matcher("Tom Baker").find()).isTrue();
        assertThat(ChatSearchQuery.wordPattern("tom").matcher("Tommy").find()).isFalse();
        assertThat(ChatSearchQuery.wordPattern("tom*").matcher("Tommy").find()).isTrue();
        assertThat(ChatSearchQuery.wordPattern("john doe").matcher("JOHN DOE").find()).isTrue();
    }

    @Test
    void unsupportedSyntaxIsABadRequest() {
        for (String query : List.of("a OR b", "NOT a", "unknown_field:x", "AND", "timestamp:[a TO b]")) {
            assertThatThrownBy(() -> ChatSearchQuery.parse(query)).as(query)
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        }
    }
}
