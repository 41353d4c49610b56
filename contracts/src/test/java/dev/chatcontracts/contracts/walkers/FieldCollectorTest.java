package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldCollectorTest {

    private final FieldPath root = new FieldPath();

    @Test
    void aPathSeenTwiceIsKeptOnceInTheOrderFirstSeen() {
        FieldCollector out = new FieldCollector();
        out.seen(root.child("b"));
        out.seen(root.child("a"));
        out.seen(root.child("b"));

        assertThat(out.result().seenPaths()).containsExactly("/b", "/a");
    }

    @Test
    void aPathAnotherCollectorAlsoSawIsNotAddedTwice() {
        FieldCollector out = new FieldCollector();
        FieldCollector branch = new FieldCollector();
        out.seen(root.child("a"));
        branch.seen(root.child("a"));
        branch.seen(root.child("a").child("x"));
        out.addAll(branch);

        assertThat(out.result().seenPaths()).containsExactly("/a", "/a/x");
    }

    @Test
    void pathsBeyondTheKeptChildrenHaveNoIdAndAreStillKeptOnce() {
        FieldCollector out = new FieldCollector();
        FieldPath parent = root.child("map");
        for (int i = 0; i < 5000; i++) {
            parent.child("k" + i);
        }
        FieldPath unkept = parent.child("k4999");
        assertThat(unkept.id).isEqualTo(-1);
        out.seen(unkept);
        out.seen(parent.child("k4999"));

        assertThat(out.result().seenPaths()).containsExactly("/map/k4999");
    }

    @Test
    void theSeenPathsAreAnImmutableSetThatFindsItsElementsAtEverySize() {
        FieldCollector out = new FieldCollector();
        for (int i = 0; i < 20; i++) {
            out.seen(root.child("f" + i));
        }
        Set<String> seen = out.result().seenPaths();

        assertThat(seen).hasSize(20).contains("/f0", "/f19").doesNotContain("/f20");
        assertThat(seen).isEqualTo(Set.of(seen.toArray(new String[0])));
        assertThat(new FieldCollector().result().seenPaths()).isEmpty();
        assertThatThrownBy(() -> seen.add("/g")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seen.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownPathsAreKeptOnceThoughEachPointerIsKept() {
        FieldCollector out = new FieldCollector();
        out.unknown("/a/0/x", "/a/*/x");
        out.unknown("/a/1/x", "/a/*/x");

        assertThat(out.result().unknownPointers()).containsExactly("/a/0/x", "/a/1/x");
        assertThat(out.result().unknownPaths()).containsExactly("/a/*/x");
    }
}
