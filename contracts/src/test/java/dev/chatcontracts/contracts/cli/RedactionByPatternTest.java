package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.captures.HarFilesAccess.harEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every header, query parameter and JSON field whose name contains token, secret, password, passwd, api_key/apikey,
 * auth, session, cookie or signature, and URL user info, planted in a HAR and a JSON capture with its sidecar:
 * no value reaches stdout, stderr, the JUnit XML or the HTML of validate, on the tree and the streaming path.
 */
@Timeout(120)
class RedactionByPatternTest {

    @TempDir
    Path dir;

    private static String s(int n) {
        return "pw" + n + "-SECRET-" + n;
    }

    private static String secretFields(int base) {
        String[] names = {"api_token", "refresh_Token", "user_password", "auth_code", "session_key", "cookie_value",
            "request_signature", "apikey_v2", "X-Api-Key", "client_secret", "Passwd", "oauth_token"};
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            json.append(",\"").append(names[i]).append("\":\"").append(s(base + i)).append('"');
        }
        json.append(",\"tokens\":[\"").append(s(base + 20)).append("\",[").append(base + 21001).append("]]");
        json.append(",\"session\":{\"sid_secret\":\"").append(s(base + 22)).append("\",\"id\":\"visible-session-id\"}");
        return json.toString();
    }

    @Test
    void noSecretReachesAnyOutput() throws IOException {
        String agent = "{\"id\":1,\"display_name\":\"visible-agent-name\"" + secretFields(100) + "}";
        Path har = dir.resolve("capture.har");
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",",
                harEntry("GET", ZENDESK + "/agents/me?oauth_token=" + s(1) + "&my_api_token=" + s(2) + "&X-Signature=" + s(3)
                                + "&session_id=" + s(4) + "&Passwd=" + s(5) + "&api%5Fkey=" + s(6) + "&visible=yes",
                        List.of("X-Session-Token", s(7), "X-Custom-Auth", s(8), "Cookie", "sid=" + s(9), "X-Api-Key", s(10),
                                "X-Client-Secret", s(11), "X-Signature", s(12)),
                        null, 200, List.of("Set-Cookie", "sid=" + s(13), "X-Session", s(14)), agent),
                harEntry("GET", "https://user:" + s(15) + "@acme.zendesk.com/api/v2/chat/nowhere?token=" + s(16),
                        List.of(), null, 200, List.of(), "{}"))
                + "]}}");
        Path folder = Files.createDirectories(dir.resolve("json"));
        Files.writeString(folder.resolve("agent.json"), "{\"id\":2,\"display_name\":\"visible-agent-name\"" + secretFields(200) + "}");
        Files.writeString(folder.resolve("agent.meta.json"), "{\"method\":\"GET\",\"url\":\"https://u:" + s(17)
                + "@acme.zendesk.com/api/v2/chat/agents/me?oauth_token=" + s(18) + "&client_secret=" + s(19) + "\",\"status\":200}");

        List<String> secrets = new ArrayList<>();
        IntStream.rangeClosed(1, 19).forEach(n -> secrets.add(s(n)));
        for (int base : new int[] {100, 200}) {
            IntStream.range(0, 12).forEach(i -> secrets.add(s(base + i)));
            secrets.add(s(base + 20));
            secrets.add(String.valueOf(base + 21001));
            secrets.add(s(base + 22));
        }

        for (String streamAbove : new String[] {"1m", "0"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path junit = dir.resolve(streamAbove + "/junit.xml");
            Path html = dir.resolve(streamAbove + "/report.html");
            CliApp commandLine = ChatContractsCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));

            commandLine.execute("validate", "--progress-every", "1", "--stream-above", streamAbove,
                    "--junit-xml", junit.toString(), "--html", html.toString(), har.toString(), folder.toString());

            String all = out + "\n" + err + "\n" + Files.readString(junit) + "\n" + Files.readString(html);
            assertThat(out.toString()).as("the undeclared fields are reported, values masked")
                    .contains("response.field.unknown at /api_token", "{\"sid_secret\":\"[REDACTED]\",\"id\":\"visible-session-id\"}");
            assertThat(all).as("what is no secret stays visible").contains("visible-session-id", "visible=yes");
            for (String secret : secrets) {
                assertThat(all).as(streamAbove + ": " + secret).doesNotContain(secret);
            }
        }
    }
}
