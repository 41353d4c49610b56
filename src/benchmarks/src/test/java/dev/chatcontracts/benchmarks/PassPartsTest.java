package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.benchmarks.PassParts.Part;
import dev.chatcontracts.benchmarks.PassParts.Timing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one pass taken apart: every part reads every body, and each row says what a part adds to its base. */
class PassPartsTest {

    @Test
    void everyPartIsTimedInOrder() throws Exception {
        PassParts parts = new PassParts("../..", 20);

        List<Timing> timings = parts.measure(0);

        assertThat(timings).extracting(Timing::part).containsExactly(Part.values());
        assertThat(timings).allSatisfy(t -> assertThat(t.millis()).isPositive());
    }

    @Test
    void theReadersReadTheWholeBody() throws Exception {
        PassParts parts = new PassParts("../..", 3);

        long tokens = parts.round(Part.TOKENS);

        assertThat(tokens).isGreaterThan(3 * 100);
        assertThat(parts.round(Part.NAMES)).isEqualTo(tokens);
        // the validator finds nothing in the valid bodies; the field walk sees their fields
        assertThat(parts.round(Part.VALIDATOR)).isZero();
        assertThat(parts.round(Part.FIELDS)).isPositive();
        assertThat(parts.round(Part.ONE_PASS)).isEqualTo(parts.round(Part.FIELDS));
        // the certifier says each valid body passes (once the discriminator decided alike twice), and the pass with it
        // gives what the pass with the validator gives
        assertThat(parts.round(Part.CERTIFIER)).isEqualTo(3);
        assertThat(parts.round(Part.CERTIFIER_AND_NAMES)).isEqualTo(3);
        assertThat(parts.round(Part.CERTIFIER_CHECKING_NAMES)).isEqualTo(3);
        assertThat(parts.round(Part.CERTIFIED_PASS)).isEqualTo(parts.round(Part.ONE_PASS));
    }

    @Test
    void eachRowSaysWhatThePartAddsToItsBase() {
        List<Timing> timings = List.of(new Timing(Part.TOKENS, 30), new Timing(Part.NAMES, 42), new Timing(Part.FIELDS, 55),
                new Timing(Part.FIELDS_AND_NAMES, 66), new Timing(Part.VALIDATOR, 75), new Timing(Part.VALIDATOR_AND_NAMES, 93),
                new Timing(Part.ONE_PASS, 121), new Timing(Part.CERTIFIER, 50),
                new Timing(Part.CERTIFIER_AND_NAMES, 62), new Timing(Part.CERTIFIER_CHECKING_NAMES, 55),
                new Timing(Part.CERTIFIED_PASS, 85));

        String report = PassParts.report(timings, 10_000);

        assertThat(report).contains("| tokens | 30.0 ms |  |  | 3.00 µs |")
                .contains("| names | 42.0 ms | tokens | 12.0 ms | 1.20 µs |")
                .contains("| fields + names | 66.0 ms | fields | 11.0 ms | 1.10 µs |")
                .contains("| one pass | 121.0 ms | validator + names | 28.0 ms | 2.80 µs |")
                .contains("| certifier + names | 62.0 ms | certifier | 12.0 ms | 1.20 µs |")
                .contains("| certifier checking names | 55.0 ms | certifier | 5.0 ms | 0.50 µs |")
                .contains("| one pass, certified | 85.0 ms | certifier checking names | 30.0 ms | 3.00 µs |");
    }
}
