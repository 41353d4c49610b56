package dev.chatcontracts.contracts.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.OperationCoverage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCoverageTest {

    private static final Set<String> DOCUMENTED = Set.copyOf(IntStream.range(0, 40).mapToObj(i -> "/f" + i).toList());

    /** The seen sets of {@code bodies} bodies: body {@code b} shows fields f(b) and f(b+1), one shape repeated once. */
    private static List<Set<String>> seenSets(int bodies) {
        List<Set<String>> sets = new ArrayList<>();
        for (int b = 0; b < bodies; b++) {
            Set<String> seen = new LinkedHashSet<>(List.of("/f" + b, "/f" + (b + 1)));
            sets.add(seen);
            sets.add(new LinkedHashSet<>(seen));
        }
        return sets;
    }

    private static OperationCoverage only(FieldCoverage coverage) {
        List<OperationCoverage> summary = coverage.summary();
        assertThat(summary).hasSize(1);
        return summary.get(0);
    }

    @ParameterizedTest(name = "{0} bodies")
    @ValueSource(ints = {0, 1, 15, 16, 17, 38})
    void theFieldsNeverSeenAreTheDocumentedOnesNoBodyShowed(int bodies) {
        FieldCoverage coverage = new FieldCoverage();
        for (Set<String> seen : seenSets(bodies)) {
            coverage.recordExchange("showChat");
            coverage.recordDocumented("showChat", DOCUMENTED);
            coverage.recordSeen("showChat", seen, Set.of());
        }
        coverage.recordExchange("showChat");
        coverage.recordDocumented("showChat", DOCUMENTED);

        OperationCoverage chat = only(coverage);
        assertThat(chat.exchanges()).isEqualTo(2 * bodies + 1);
        int firstUnseen = bodies == 0 ? 0 : bodies + 1;
        assertThat(chat.documentedNeverSeen()).hasSize(40 - firstUnseen)
                .allSatisfy(path -> assertThat(Integer.parseInt(path.substring(2))).isGreaterThanOrEqualTo(firstUnseen));
    }

    @ParameterizedTest(name = "{0} bodies in each")
    @ValueSource(ints = {3, 19})
    void addingAnotherCoverageJoinsWhatBothSaw(int bodies) {
        FieldCoverage mine = new FieldCoverage();
        FieldCoverage theirs = new FieldCoverage();
        List<Set<String>> sets = seenSets(2 * bodies);
        for (int i = 0; i < sets.size(); i++) {
            FieldCoverage target = i < sets.size() / 2 ? mine : theirs;
            target.recordExchange("showChat");
            target.recordDocumented("showChat", DOCUMENTED);
            target.recordSeen("showChat", sets.get(i), i == 0 ? Set.of("/extra") : Set.of());
        }

        mine.addAll(theirs);

        OperationCoverage chat = only(mine);
        assertThat(chat.exchanges()).isEqualTo(4 * bodies);
        assertThat(chat.documentedNeverSeen()).hasSize(40 - (2 * bodies + 1));
        assertThat(chat.seenUndocumented()).containsExactly("/extra");
    }
}
