package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh default mock per test and a client that calls it as the owner. */
abstract class MockTestSupport {

    protected MockProvider mock;
    protected TestApi api;

    @BeforeEach
    void startMock() {
        mock = MockProvider.start();
        api = TestApi.zendesk(mock);
    }

    @AfterEach
    void stopMock() {
        mock.close();
        assertThat(mock.unexpectedFailures()).as("requests answered 500 by an unexpected exception").isZero();
    }

    /** A JSON text written with single quotes for readability. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** A JSON object text as a tree. */
    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) TestApi.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    static List<Long> ids(JsonNode agents) {
        List<Long> ids = new ArrayList<>();
        agents.forEach(agent -> ids.add(agent.get("id").asLong()));
        return ids;
    }

    /** Creates an agent and returns its id. */
    long createAgent(String email) {
        TestApi.Reply reply = api.post("/agents", json("{'email':'" + email + "','password':'pw-" + email
                + "','first_name':'First','last_name':'Last'}"));
        if (reply.status() != 201) {
            throw new AssertionError("createAgent: " + reply);
        }
        return reply.json().get("id").asLong();
    }

    /** Creates an offline message and returns its id. */
    String createOfflineMessage(String message, long epochSeconds) {
        TestApi.Reply reply = api.post("/chats", offlineMessage(message, epochSeconds));
        if (reply.status() != 201) {
            throw new AssertionError("createOfflineMessage: " + reply);
        }
        return reply.json().get("id").asText();
    }

    static String offlineMessage(String message, long epochSeconds) {
        return json("{'visitor':{'id':'1.12345','name':'John','email':'john@example.com','phone':'','notes':''},"
                + "'message':'" + message + "','type':'offline_msg','timestamp':" + epochSeconds + ","
                + "'session':{'browser':'Safari','city':'Orlando','country_code':'US','country_name':'United States',"
                + "'end_date':'2014-10-09T05:46:47Z','id':'141109.654464.1KhqS0Nw','ip':'67.32.299.96',"
                + "'platform':'Mac OS','region':'Florida','start_date':'2014-10-09T05:28:31Z','user_agent':'Mozilla/5.0'}}");
    }
}
