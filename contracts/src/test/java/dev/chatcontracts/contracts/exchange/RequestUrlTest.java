package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RequestUrl}: the reading by hand gives what the patterns give, on every URL it reads. */
class RequestUrlTest {

    /** The characters URLs are made of, and the ones the reading turns on. */
    private static final String ALPHABET = "aZ09+.-:/?#@=&%_~[]!";

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "https://acme.zendesk.com/api/v2/chat/chats/1000001",
        "https://ACME.Zendesk.com:443/api/v2/chat/agents/me/",
        "http://user:secret@127.0.0.1:8080//api//v2/chat/chats?page=2#top",
        "http://[::1]:8080/chats",
        "http://[::1]/chats",
        "http://host:/chats",
        "http://host:8a/chats",
        "h+t.t-p://host/x",
        "https://host",
        "https://host?q=1",
        "https://host#frag",
        "https://",
        "/api/v2/chat/chats/",
        "//double/leading",
        "/",
        "/?q",
        "chats/1",
        "1http://host/x",
        "http:/host/x",
        "mailto:someone@example.com",
        "",
        "?q=1",
    })
    void readsAsThePatternsRead(String url) {
        RequestUrl plain = RequestUrl.parsePlain(url);

        assertThat(plain).isEqualTo(RequestUrl.parseByPattern(url));
        assertThat(RequestUrl.parse(url)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
        "https://ACME.zendesk.com:443/api/v2/chat/ acme.zendesk.com /api/v2/chat",
        "http://u:p@h//a///b/?q=1 h /a/b",
        "https://host host /",
        "/chats//1/#x (none) /chats/1",
        "' /a//b ' (none) /a/b",
    })
    void readsTheHostAndMakesThePathOne(String url, String host, String path) {
        RequestUrl read = RequestUrl.parse(url);

        assertThat(read.host()).isEqualTo(host.equals("(none)") ? null : host);
        assertThat(read.path()).isEqualTo(path);
    }

    @Test
    void readsAsThePatternsReadOnGeneratedUrls() {
        Random random = new Random(14);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "http" + (random.nextBoolean() ? "s" : "") + "://" : "");
            for (int length = random.nextInt(24); length > 0; length--) {
                url.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            RequestUrl plain = RequestUrl.parsePlain(url.toString());
            assertThat(plain).as(url.toString()).isEqualTo(RequestUrl.parseByPattern(url.toString()));
            compared++;
        }
        assertThat(compared).isEqualTo(20_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {" https://Host/a ", "https://host/a b", "https://hôst/chats", "/chats\n", "\thttp://h:1/x"})
    void leavesOtherUrlsToThePatterns(String url) {
        assertThat(RequestUrl.parse(url)).isEqualTo(RequestUrl.parseByPattern(url));
        assertThat(RequestUrl.parsePlain(url)).isNotEqualTo(RequestUrl.parseByPattern(url));
    }
}
