package dev.chatcontracts.contracts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path an exchange's label shows: the URL without scheme, authority, query and fragment. */
class ExchangeLabelPathTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://www.zopim.com/api/v2/chats?limit=5    | /api/v2/chats",
        "http://user:secret@host:8080/a/b#top           | /a/b",
        "HTTPS://Host                                   | /",
        "svn+ssh.x-y://host/p                           | /p",
        "https://host?query=1                           | /",
        "https://host#fragment                          | /",
        "/api/v2/chats/1?fields=id                      | /api/v2/chats/1",
        "'  https://host/padded  '                      | /padded",
        "/redirect?to=https://elsewhere/x               | /redirect",
        "1http://host/p                                 | 1http://host/p",
        "ht_tp://host/p                                 | ht_tp://host/p",
        "://host/p                                      | ://host/p",
        "relative/path#f                                | relative/path",
    })
    void theLabelShowsOnlyThePath(String url, String path) {
        assertThat(ExchangeResult.pathOf(url)).isEqualTo(path);
    }
}
