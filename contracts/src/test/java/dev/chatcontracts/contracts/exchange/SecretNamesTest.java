package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names hold secrets: the pattern's words, not names that merely contain {@code auth} as in {@code author}. */
class SecretNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "auth, true",
        "Authorization, true",
        "authorisation, true",
        "x-auth-token, true",
        "X-Custom-Auth, true",
        "auth_code, true",
        "authToken, true",
        "oauth_token, true",
        "api_token, true",
        "access_token, true",
        "session_id, true",
        "sessionid, true",
        "sessionId, true",
        "Set-Cookie, true",
        "cookies, true",
        "client_secret, true",
        "user_password, true",
        "Passwd, true",
        "api_key, true",
        "api.key, true",
        "X-Api-Key, true",
        "apikey, true",
        "request_signature, true",
        "author_id, false",
        "authored_at, false",
        "Author, false",
        "coauthors, false",
        "display_name, false",
        "keyboard_layout, false",
        "id, false",
    })
    void aNameIsSecretByItsWords(String name, boolean secret) throws Exception {
        assertThat(Redactor.isSecretName(name)).isEqualTo(secret);
        String value = "value-of-" + name;
        String expected = secret ? Redactor.MASK : value;
        assertThat(Redactor.redactHeaders(new HttpHeaders(Map.of(name, List.of(value)))).first(name)).contains(expected);
        assertThat(Redactor.redactTree(new ObjectMapper().createObjectNode().put(name, value)).path(name).asText()).isEqualTo(expected);
        assertThat(Redactor.redactUrl("https://h/p?" + name + "=" + value)).isEqualTo("https://h/p?" + name + "=" + expected);
    }
}
