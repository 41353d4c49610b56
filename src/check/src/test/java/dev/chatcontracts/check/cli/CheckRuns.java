package dev.chatcontracts.check.cli;

import dev.chatcontracts.contracts.cli.CliApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Runs {@code check} through its command line, as {@code java -jar chat-contracts-check.jar check} does, and reads its JUnit XML. */
final class CheckRuns {

    private CheckRuns() {
    }

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    /**
     * One testcase of the JUnit XML.
     *
     * @param suite its testsuite's name
     * @param outcome {@code passed}, {@code failure} or {@code skipped}
     * @param detail the failure's type or the skipped message, else empty
     */
    record TestCase(String suite, String classname, String name, String time, String outcome, String detail) {

        /** {@code classname | name}. */
        String id() {
            return classname + " | " + name;
        }

        /** A step of the provider suite ({@code <step>: <METHOD> <path template>}), not a pact interaction. */
        boolean suiteExchange() {
            return name.matches(".*: (GET|POST|PUT|PATCH|DELETE) /.*");
        }
    }

    static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliApp commandLine = ChatContractsCheckCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    static List<TestCase> testCases(Path junitXml) throws Exception {
        List<TestCase> cases = new ArrayList<>();
        NodeList suites = xml(junitXml).getElementsByTagName("testsuite");
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            NodeList testCases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < testCases.getLength(); i++) {
                Element testCase = (Element) testCases.item(i);
                Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
                Element skipped = (Element) testCase.getElementsByTagName("skipped").item(0);
                String outcome = failure != null ? "failure" : skipped != null ? "skipped" : "passed";
                String detail = failure != null ? failure.getAttribute("type") : skipped != null ? skipped.getAttribute("message") : "";
                cases.add(new TestCase(suite.getAttribute("name"), testCase.getAttribute("classname"), testCase.getAttribute("name"),
                        testCase.getAttribute("time"), outcome, detail));
            }
        }
        return cases;
    }
}
