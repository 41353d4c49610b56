package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unique secret in every part of a HAR entry that can hold one (request and response {@code headers} and
 * {@code cookies}, {@code queryString}, {@code postData.params} and the form text they come from, the response body)
 * and in a JSON-folder capture (body, sidecar URL and request body): none reaches stdout, stderr, the JUnit XML or
 * the HTML of {@code validate}, on the tree and the streaming path; names that only look alike ({@code author_id},
 * {@code authored_at}) stay visible.
 */
@Timeout(120)
class HarPartsRedactionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SECRETS = 14;

    @TempDir
    Path dir;

    private static String s(int n) {
        return "har" + n + "-PLANTED-" + n;
    }

    @Test
    void noSecretOfAnyHarPartReachesAnyOutput() throws IOException {
        Path har = dir.resolve("capture.har");
        ObjectNode log = JSON.createObjectNode();
        ArrayNode entries = log.putObject("log").put("version", "1.2").putArray("entries");
        entries.add(formEntry());
        Files.writeString(har, log.toString());
        Path folder = Files.createDirectories(dir.resolve("json"));
        Files.writeString(folder.resolve("agent.json"), "{\"id\":2,\"display_name\":\"visible-name\",\"author_id\":\"visible-author-43\","
                + "\"sessionid\":\"" + s(11) + "\",\"x_auth_token\":\"" + s(12) + "\"}");
        Files.writeString(folder.resolve("agent.meta.json"), "{\"method\":\"PUT\",\"url\":\"" + ZENDESK + "/agents/2?api_token=" + s(13)
                + "\",\"status\":200,\"requestBody\":{\"password\":\"" + s(14) + "\",\"authored_at\":\"visible-2024\"}}");

        for (String streamAbove : new String[] {"1m", "0"}) {
            String all = validate(streamAbove, har, folder);

            assertThat(all).as("what is no secret stays visible").contains("visible-author-42", "visible-author-43");
            IntStream.rangeClosed(1, SECRETS).mapToObj(HarPartsRedactionTest::s)
                    .forEach(secret -> assertThat(all).as(streamAbove + ": " + secret).doesNotContain(secret));
        }
    }

    /** A form POST with a secret in each of its parts. */
    private static ObjectNode formEntry() {
        ObjectNode entry = JSON.createObjectNode().put("startedDateTime", "2024-05-01T10:00:00.000Z").put("time", 12);
        ObjectNode request = entry.putObject("request").put("method", "PUT")
                .put("url", ZENDESK + "/agents/1?access_token=" + s(1) + "&visible=yes").put("httpVersion", "HTTP/1.1");
        pairs(request.putArray("headers"), "Content-Type", "application/x-www-form-urlencoded", "Cookie", "sid=" + s(2),
                "X-Auth-Token", s(3), "Authorization", "Bearer " + s(4));
        pairs(request.putArray("cookies"), "session_token", s(5), "authToken", s(6));
        pairs(request.putArray("queryString"), "access_token", s(1), "visible", "yes");
        ObjectNode postData = request.putObject("postData").put("mimeType", "application/x-www-form-urlencoded")
                .put("text", "display_name=visible-user&password=" + s(7));
        pairs(postData.putArray("params"), "display_name", "visible-user", "password", s(7));
        ObjectNode response = entry.putObject("response").put("status", 200).put("statusText", "OK").put("httpVersion", "HTTP/1.1");
        pairs(response.putArray("headers"), "Content-Type", "application/json", "Set-Cookie", "sessionid=" + s(8) + "; HttpOnly");
        pairs(response.putArray("cookies"), "sessionid", s(8), "api_key", s(9));
        response.putObject("content").put("mimeType", "application/json")
                .put("text", "{\"id\":1,\"display_name\":\"visible-name\",\"author_id\":\"visible-author-42\",\"session_id\":\"" + s(10) + "\"}");
        return entry;
    }

    private static void pairs(ArrayNode array, String... nameValues) {
        for (int i = 0; i < nameValues.length; i += 2) {
            array.addObject().put("name", nameValues[i]).put("value", nameValues[i + 1]);
        }
    }

    /** stdout, stderr, the JUnit XML and the HTML of one {@code validate}, in one string. */
    private String validate(String streamAbove, Path... captures) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path junit = dir.resolve(streamAbove + "/junit.xml");
        Path html = dir.resolve(streamAbove + "/report.html");
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--progress-every", "1", "--stream-above", streamAbove,
                "--junit-xml", junit.toString(), "--html", html.toString()));
        for (Path capture : captures) {
            args.add(capture.toString());
        }
        commandLine.execute(args.toArray(String[]::new));
        return out + "\n" + err + "\n" + Files.readString(junit) + "\n" + Files.readString(html);
    }
}
