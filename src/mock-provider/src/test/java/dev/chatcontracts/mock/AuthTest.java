package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthTest extends MockTestSupport {

    static Stream<Arguments> rejectedZendeskCredentials() {
        return Stream.of(
                Arguments.of("no Authorization header", null),
                Arguments.of("wrong bearer token", "Bearer not-the-token"),
                Arguments.of("wrong password", Credentials.basicAuthorization("owner@example.com", "guess")),
                Arguments.of("unknown agent", Credentials.basicAuthorization("nobody@example.com", "owner-password")),
                Arguments.of("basic without a colon", "Basic b3duZXJAZXhhbXBsZS5jb20="),
                Arguments.of("basic that is not base64", "Basic %%%"),
                Arguments.of("unsupported scheme", "Digest abc"),
                Arguments.of("the Zoho token", "Zoho-oauthtoken mock-zoho-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedZendeskCredentials")
    void zendeskAnswers401WithItsErrorBody(String name, String authorization) {
        TestApi.Reply reply = api.as(authorization).get("/agents/me");

        assertThat(reply.status()).isEqualTo(401);
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).isEqualTo("Unauthorized");
        assertThat(body.get("description").asText()).isNotBlank();
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void everyZendeskOperationChecksCredentials() {
        TestApi anonymous = api.as(null);

        for (Operation operation : Operation.values()) {
            if (operation.vendor() != Vendor.ZENDESK_CHAT) {
                continue;
            }
            String path = operation.pathTemplate().replace("{agent_id}", "360000000001")
                    .replace("{email_id}", "owner@example.com").replace("{chat_id}", "123").replace("{visitor_id}", "1");
            TestApi.Reply reply = anonymous.send(operation.method(), path,
                    operation.method().equals("GET") || operation.method().equals("DELETE") ? null : "{}");
            assertThat(reply.status()).as(operation.id()).isEqualTo(401);
        }
        assertThat(api.get("/chats/123").status()).isEqualTo(200);
    }

    static Stream<Arguments> rejectedZohoCredentials() {
        return Stream.of(
                Arguments.of("no Authorization header", null, 1002),
                Arguments.of("bearer scheme", "Bearer mock-zoho-token", 1002),
                Arguments.of("wrong token", "Zoho-oauthtoken wrong", 1008),
                Arguments.of("the Zendesk token", "Zoho-oauthtoken mock-oauth-token", 1008));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedZohoCredentials")
    void zohoAnswers401WithItsErrorBody(String name, String authorization, int code) {
        TestApi.Reply reply = TestApi.salesIq(mock).as(authorization)
                .put("/visitor/v1/zylkerinc/conversations/666300030000479029/visitor", json("{'last_name':'Larry'}"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(code);
        assertThat(reply.json().get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void bothBasicAndBearerAreAccepted() {
        Credentials credentials = mock.credentials();

        assertThat(api.as(credentials.bearerAuthorization()).get("/chats").status()).isEqualTo(200);
        assertThat(api.as(credentials.ownerBasicAuthorization()).get("/chats").status()).isEqualTo(200);
        assertThat(api.as(credentials.adminBasicAuthorization()).get("/chats").status()).isEqualTo(200);
        assertThat(api.as("bearer " + credentials.bearerToken()).get("/chats").status())
                .as("the scheme is case-insensitive").isEqualTo(200);
    }
}
