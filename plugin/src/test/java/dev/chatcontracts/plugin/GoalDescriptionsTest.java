package dev.chatcontracts.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goal and parameter descriptions as {@code help:describe} shows them. maven-plugin-tools writes the
 * Javadoc into the descriptor as plain text, and {@code help:describe} reads that text as HTML: an XML example
 * ({@code <basePackage>}) was taken for a tag and vanished. So no description of ours holds a {@code <} or an
 * {@code &}, and its property expressions are whole. (The generated {@code help} goal is the plugin tools'.)
 */
class GoalDescriptionsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    record Description(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Description> descriptions() throws Exception {
        Document descriptor;
        try (InputStream in = GoalDescriptionsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor on the test class path").isNotNull();
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<Description> all = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            all.add(new Description(goal, text(mojo, "description")));
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if ("false".equals(text(parameter, "editable"))) {
                    continue; // injected (project, session): not configurable, not shown as a parameter
                }
                all.add(new Description(goal + " " + text(parameter, "name"), text(parameter, "description")));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void holdsNothingHtmlWouldEat(Description description) {
        assertThat(description.text()).doesNotContain("<", "&");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void keepsPropertyExpressionsWhole(Description description) {
        Matcher expression = EXPRESSION.matcher(description.text());
        while (expression.find()) {
            assertThat(expression.group(1)).as("in: %s", description.text()).matches("[A-Za-z][\\w.-]*");
        }
        assertThat(description.text().replaceAll(EXPRESSION.pattern(), "")).doesNotContain("${");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void isNotEmpty(Description description) {
        assertThat(description.text()).isNotBlank();
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
