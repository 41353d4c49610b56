package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.streaming.SpecSubjects.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: purely random JSON (objects keyed mostly by the specs' property names) against every
 * component schema of both specs, in both views, gets networknt's leaf failures.
 */
class RandomDocumentsTest {

    private static final SpecSubjects SUBJECTS = SpecSubjects.INSTANCE;

    @Test
    void randomJsonAgainstEveryComponentGetsNetworkntsVerdicts() {
        List<String> failures = new ArrayList<>();
        SeededCases.seeds("randomDocuments", 2000).forEach(seed -> {
            Random random = new Random(seed);
            RandomJson json = new RandomJson(random, SUBJECTS.names);
            Subject component = SUBJECTS.components.get(random.nextInt(SUBJECTS.components.size()));
            JsonNode schema = random.nextBoolean() ? component.schema() : component.otherViewSchema();
            JsonNode document = random.nextInt(4) == 0 ? json.any(3) : json.object(3);
            Agreement.disagreement(schema, document).ifPresent(difference -> failures.add(
                    "seed " + seed + " (-Dstreaming.replay=" + seed + "), " + component.name() + "\n" + difference));
        });
        assertThat(failures).as("cases where the validators disagree").isEmpty();
    }
}
