package dev.chatcontracts.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.checks.RawValues;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick yes never disagrees with the schema: every value it accepts, the compiled schema accepts. */
class ScalarAcceptanceTest {

    private static final List<String> RAW = List.of("0", "1", "2", "-1", "200", "201", "250", "251", "999", "2147483648",
            "9223372036854775808", "1.5", "true", "", "x", "abc", "1410.1.X", "1,2,3", "kevin@doe.com", "666300030000479029",
            String.join(",", java.util.Collections.nCopies(51, "1")));

    static Stream<Arguments> parameters() {
        List<Arguments> rows = new ArrayList<>();
        for (ApiContract contract : Contracts.bundled().all()) {
            for (Operation operation : contract.operations()) {
                for (CompiledParameter parameter : contract.parameters(operation)) {
                    rows.add(Arguments.of(contract.name() + " " + operation.operationId() + " " + parameter.name(), parameter));
                }
                for (String status : contract.documentedStatuses(operation)) {
                    String location = contract.response(operation, status.matches("\\d+") ? Integer.parseInt(status) : 500)
                            .map(DocumentedContent::location).orElse(null);
                    if (location != null) {
                        contract.responseHeaders(location).forEach(header -> rows.add(Arguments.of(
                                contract.name() + " " + operation.operationId() + " " + status + " " + header.name(), header)));
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameters")
    void whatTheQuickCheckAcceptsTheSchemaAccepts(String name, CompiledParameter parameter) {
        int accepted = 0;
        for (String raw : RAW) {
            JsonNode value = RawValues.read(List.of(raw), parameter.type());
            if (value != null && parameter.accepts().test(value)) {
                accepted++;
                assertThat(parameter.schema().validate(value)).as("%s = %s", name, raw).isEmpty();
            }
        }
        assertThat(accepted).as("some sample value is accepted quickly").isPositive();
    }
}
