package dev.chatcontracts.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reporting goals' strictSpec parameter (chatcontracts.strictSpec) reaches the engine. */
class StrictSpecParameterTest {

    private static final Exchange VISITOR_ID_AS_DOCUMENTED = Exchange.builder()
            .request("GET", "https://www.zopim.com/api/v2/visitors/1.12345").status(200)
            .responseHeader("Content-Type", "application/json").responseBody("{\"id\": 1}").build();

    @Test
    void byDefaultAValueTheDocumentationGivesIsDocumentedAndWithStrictSpecItIsAnError() throws Exception {
        assertThat(keys(false)).containsExactly("response.field.documented");
        assertThat(keys(true)).containsExactly("response.field.type");
    }

    private static List<String> keys(boolean strict) throws ReportingGoal.InvalidSettings {
        ValidateCapturesMojo mojo = new ValidateCapturesMojo();
        mojo.strictSpec = strict;
        List<LoadedSpec> specs = List.of(ApiContract.bundled("zendesk-chat").spec());
        ContractValidator validator = new ReportingGoal("validate-captures", mojo.reportingSettings(Map.of(), null, null, true))
                .validator(specs);
        return validator.validate(VISITOR_ID_AS_DOCUMENTED).findings().stream().map(Finding::key).toList();
    }
}
