package dev.chatcontracts.contracts.pactgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pact JSONPath keys and request path encoding. */
class PactPathsTest {

    @Test
    void identifiersUseDotsOtherNamesBrackets() {
        assertThat(MatchingRuleGenerator.member("$", "id")).isEqualTo("$.id");
        assertThat(MatchingRuleGenerator.member("$.chats[*]", "visitor.name")).isEqualTo("$.chats[*]['visitor.name']");
        assertThat(MatchingRuleGenerator.member("$", "100")).isEqualTo("$['100']");
        assertThat(MatchingRuleGenerator.member("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(MatchingRuleGenerator.member("$", "<other chat 100 properties>")).isEqualTo("$['<other chat 100 properties>']");
    }

    @Test
    void pathValuesArePercentEncodedAsSegments() {
        assertThat(RequestTargets.encode("1.12345")).isEqualTo("1.12345");
        assertThat(RequestTargets.encode("kevin@doe.com")).isEqualTo("kevin@doe.com");
        assertThat(RequestTargets.encode("a b/c?d#é")).isEqualTo("a%20b%2Fc%3Fd%23%C3%A9");
    }

    @Test
    void theDateTimeRegexAcceptsRfc3339AndNothingElse() {
        assertThat("2014-09-01T10:29:59Z").matches(MatchingRuleGenerator.DATE_TIME);
        assertThat("2014-10-09T05:28:35.123456+02:00").matches(MatchingRuleGenerator.DATE_TIME);
        assertThat("2014-09-01 10:29:59").doesNotMatch(MatchingRuleGenerator.DATE_TIME);
        assertThat("yesterday").doesNotMatch(MatchingRuleGenerator.DATE_TIME);
    }
}
