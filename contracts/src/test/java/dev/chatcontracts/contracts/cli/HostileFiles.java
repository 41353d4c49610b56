package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFilesAccess.harEntry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Hostile inputs made by the tests themselves (no checked-in binaries), and a CLI run with its three reports. */
final class HostileFiles {

    static final String AGENT_URL = "https://acme.zendesk.com/api/v2/chat/agents/me";
    static final String AGENT = new String(resource("agent-valid.json"), StandardCharsets.UTF_8);
    /** A showRequestingAgent answer with one ERROR the documentation does not excuse: {@code id} as a string. */
    static final String AGENT_ID_STRING = new String(resource("agent-invalid-id-string.json"), StandardCharsets.UTF_8);
    static final String META = "{\"operationId\": \"showRequestingAgent\", \"status\": 200}";

    private HostileFiles() {
    }

    /** A HAR entry: GET {@code url} answered 200 with {@code body}. */
    static String entry(String url, String body) {
        return harEntry("GET", url, List.of(), null, 200, List.of("Content-Type", "application/json"), body);
    }

    static Path har(Path file, String... entries) throws IOException {
        return Files.writeString(file, "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"test\",\"version\":\"1\"},\"entries\":["
                + String.join(",", entries) + "]}}");
    }

    /** {@code <name>.json} with {@code body} and its sidecar {@code meta}, in {@code folder}. */
    static Path json(Path folder, String name, byte[] body, String meta) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".meta.json"), meta);
        return Files.write(folder.resolve(name + ".json"), body);
    }

    /** The good inputs every family case runs beside: a folder of two JSON captures and a HAR of two entries. */
    static List<Path> goodInputs(Path dir) throws IOException {
        Path folder = dir.resolve("good");
        json(folder, "agent", AGENT.getBytes(StandardCharsets.UTF_8), META);
        json(folder, "again", AGENT.getBytes(StandardCharsets.UTF_8), META);
        Path har = har(dir.resolve("good.har"), entry(AGENT_URL, AGENT), entry(AGENT_URL + "?page=2", AGENT));
        return List.of(folder, har);
    }

    /** A {@code n} levels deep array: {@code [[[…]]]}. */
    static String nested(int n) {
        return "[".repeat(n) + "]".repeat(n);
    }

    /** A pact of one interaction (GET /agents/me) with {@code description}. */
    static String pact(String description, String body) {
        return "{\"consumer\":{\"name\":\"widget\"},\"provider\":{\"name\":\"zendesk-chat\"},\"interactions\":[{\"description\":\""
                + description + "\",\"request\":{\"method\":\"GET\",\"path\":\"/agents/me\"},\"response\":{\"status\":200,"
                + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":" + body + "}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    }

    /** One testcase of the JUnit XML report. */
    record TestCase(String suite, String name, String failureType) {
        boolean passed() {
            return failureType == null;
        }
    }

    /**
     * What a run gave: exit code, console, stderr, and the JUnit XML (parsed) and HTML reports.
     */
    record Run(int exit, String out, String err, List<TestCase> testCases, String junitXml, String html) {

        /** Runs the command line in-process, with {@code --junit-xml} and {@code --html} into {@code dir}. */
        static Run of(Path dir, String command, List<String> options, List<Path> inputs) throws Exception {
            Path junit = dir.resolve("reports/junit.xml");
            Path html = dir.resolve("reports/report.html");
            Files.deleteIfExists(junit);
            Files.deleteIfExists(html);
            List<String> args = new ArrayList<>(List.of(command, "--junit-xml", junit.toString(), "--html", html.toString()));
            args.addAll(options);
            inputs.forEach(input -> args.add(input.toString()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CliApp commandLine = ChatContractsCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exit = commandLine.execute(args.toArray(String[]::new));
            String xml = Files.exists(junit) ? Files.readString(junit) : null;
            return new Run(exit, out.toString(), err.toString(), xml == null ? List.of() : testCases(junit), xml,
                    Files.exists(html) ? Files.readString(html) : null);
        }

        private static List<TestCase> testCases(Path junit) throws Exception {
            NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                    .getElementsByTagName("testcase");
            List<TestCase> list = new ArrayList<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                NodeList failures = testCase.getElementsByTagName("failure");
                list.add(new TestCase(((Element) testCase.getParentNode()).getAttribute("name"), testCase.getAttribute("name"),
                        failures.getLength() == 0 ? null : ((Element) failures.item(0)).getAttribute("type")));
            }
            return list;
        }

        /** The testcases of the testsuite whose name ends with {@code suffix}. */
        List<TestCase> suite(String suffix) {
            return testCases.stream().filter(c -> c.suite().endsWith(suffix)).toList();
        }
    }
}
