package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesIqTest extends MockTestSupport {

    private static final String PATH = "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";

    @Test
    void lastNameBecomesTheVisitorsNameInTheEnvelope() {
        TestApi.Reply reply = TestApi.salesIq(mock)
                .put(PATH, json("{'email':'larry@zylker.com','phone':'2384943201','last_name':'Lawrence'}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("url").asText()).isEqualTo(PATH);
        assertThat(body.get("object").asText()).isEqualTo("conversations");
        assertThat(body.get("data").get("id").asText()).isEqualTo("666300030000479029");
        assertThat(body.get("data").get("question").asText()).isEqualTo("Hello! I need help");
        JsonNode visitor = body.get("data").get("visitor");
        assertThat(visitor.get("name").asText()).as("D19").isEqualTo("Lawrence");
        assertThat(visitor.has("last_name")).isFalse();
        assertThat(visitor.get("id").isTextual()).isTrue();
        assertThat(visitor.get("channel_details").get("channel").asText()).isEqualTo("website");
        assertThat(visitor.get("supported_operations").isArray()).isTrue();
    }

    @Test
    void updatesAccumulate() {
        TestApi zoho = TestApi.salesIq(mock);
        zoho.put(PATH, json("{'last_name':'Lawrence'}"));

        JsonNode visitor = zoho.put(PATH, json("{'phone':'555'}")).json().get("data").get("visitor");

        assertThat(visitor.get("name").asText()).isEqualTo("Lawrence");
        assertThat(visitor.get("phone").asText()).isEqualTo("555");
        assertThat(visitor.get("email").asText()).isEqualTo("larry@zylker.com");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown conversation|/visitor/v1/zylkerinc/conversations/1/visitor|{\"phone\":\"1\"}|2311",
        "unknown screen name|/visitor/v1/nobody/conversations/666300030000479029/visitor|{\"phone\":\"1\"}|1005",
        "email as a number|" + PATH + "|{\"email\":5}|1007",
        "no known parameter|" + PATH + "|{\"first_name\":\"x\"}|1011",
        "empty object|" + PATH + "|{}|1011",
        "malformed JSON|" + PATH + "|{\"phone\":|1011",
        "array body|" + PATH + "|[]|1011"})
    void errorsUseZohosBodyWithHttp400(String rule, String path, String body, int code) {
        TestApi.Reply reply = TestApi.salesIq(mock).put(path, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(code);
        assertThat(reply.json().get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void strictModeRejectsUnknownParameters() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            TestApi.Reply reply = TestApi.salesIq(strict).put(PATH, json("{'last_name':'L','first_name':'x'}"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(1011);
        }
    }

    @Test
    void unknownZohoPathsAndMethodsGetZohoErrors() {
        TestApi zoho = TestApi.salesIq(mock);

        assertThat(zoho.get(PATH).status()).isEqualTo(405);
        assertThat(zoho.get(PATH).header("Allow")).isEqualTo("PUT");
        assertThat(zoho.get("/visitor/v1/other").json().get("error").get("code").isInt()).isTrue();
    }
}
