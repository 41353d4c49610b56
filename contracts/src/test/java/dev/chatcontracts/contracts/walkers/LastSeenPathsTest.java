package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A body with the same seen paths in the same order as the last one gets the same set; any other, a set of its own. */
class LastSeenPathsTest {

    private final FieldPath root = new FieldPath();
    private final FieldPath a = root.child("a");
    private final FieldPath b = root.child("b");
    private final FieldPath c = root.child("c");
    private final LastSeenPaths last = new LastSeenPaths();

    @Test
    void theSamePathsInTheSameOrderGiveTheKeptSet() {
        Set<String> first = last.of(new FieldPath[] {a, b, null}, 2);

        Set<String> again = last.of(new FieldPath[] {a, b, c}, 2);

        assertThat(first).containsExactly("/a", "/b");
        assertThat(again).isSameAs(first);
    }

    @Test
    void otherPathsOrAnotherOrderOrCountGiveASetOfTheirOwnThatIsKeptInstead() {
        Set<String> ab = last.of(new FieldPath[] {a, b}, 2);

        Set<String> ba = last.of(new FieldPath[] {b, a}, 2);
        Set<String> abc = last.of(new FieldPath[] {a, b, c}, 3);
        Set<String> abAgain = last.of(new FieldPath[] {a, b}, 2);

        assertThat(ba).isNotSameAs(ab).containsExactly("/b", "/a");
        assertThat(abc).isNotSameAs(ab).containsExactly("/a", "/b", "/c");
        assertThat(abAgain).isNotSameAs(ab).isEqualTo(ab);
        assertThat(last.of(new FieldPath[] {a, b}, 2)).isSameAs(abAgain);
    }

    @Test
    void aCollectorGivenTheKeptSetsReturnsTheSameSetForTheSameWalk() {
        FieldCollector one = new FieldCollector();
        one.seen(b);
        one.seen(a);
        FieldCollector two = new FieldCollector();
        two.seen(b);
        two.seen(a);
        two.seen(b);

        Set<String> first = one.result(last).seenPaths();

        assertThat(two.result(last).seenPaths()).isSameAs(first).containsExactly("/b", "/a");
        assertThat(new FieldCollector().result(last).seenPaths()).isEmpty();
        assertThat(two.result(null).seenPaths()).isNotSameAs(first).isEqualTo(first);
    }
}
