package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentsPaginationTest extends MockTestSupport {

    private static final List<Long> SEEDED_IDS =
            List.of(360000000001L, 360000000002L, 360000000003L, 360000000005L, 360000000008L);

    @Test
    void withoutPaginationParametersTheWholeSetIsReturnedInIdOrderWithoutPageHeaders() {
        List<Long> created = createAgents(12);

        TestApi.Reply reply = api.get("/agents");

        assertThat(reply.status()).isEqualTo(200);
        List<Long> expected = new ArrayList<>(SEEDED_IDS);
        expected.addAll(created);
        assertThat(ids(reply.json())).containsExactlyElementsOf(expected).isSorted();
        assertThat(reply.header("X-Next-Page")).isNull();
        assertThat(reply.header("X-Previous-Page")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"since_id=1", "since_id=360000000002", "max_id=999999999999", "since_id=1&max_id=999999999999"})
    void anyPaginationParameterMakesTheDefaultPageSizeTen(String query) {
        createAgents(12);
        TestApi.Reply reply = api.get("/agents?" + query);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(10);
        assertThat(reply.header("X-Next-Page") != null || reply.header("X-Previous-Page") != null).isTrue();
    }

    @Test
    void aLimitAloneStartsAtTheFirstRecord() {
        createAgents(3);

        TestApi.Reply reply = api.get("/agents?limit=2");

        assertThat(ids(reply.json())).containsExactly(360000000001L, 360000000002L);
        assertThat(reply.header("X-Next-Page")).isEqualTo("/api/v2/agents?since_id=360000000003&limit=2");
        assertThat(reply.header("X-Previous-Page")).isNull();
    }

    @Test
    void pageHeadersCarryLastIdPlusOneAndFirstIdMinusOneAsDocumented() {
        TestApi.Reply reply = api.get("/agents?since_id=360000000003&limit=2");

        assertThat(ids(reply.json())).containsExactly(360000000003L, 360000000005L);
        assertThat(reply.header("X-Next-Page")).isEqualTo("/api/v2/agents?since_id=360000000006&limit=2");
        assertThat(reply.header("X-Previous-Page")).isEqualTo("/api/v2/agents?max_id=360000000002&limit=2");
    }

    @Test
    void sinceIdAndMaxIdAreInclusive() {
        assertThat(ids(api.get("/agents?since_id=360000000005&limit=1").json())).containsExactly(360000000005L);
        assertThat(ids(api.get("/agents?max_id=360000000005&limit=1").json())).containsExactly(360000000005L);
    }

    @Test
    void maxIdPagesBackwardEndingWithTheMaxIdRecord() {
        TestApi.Reply reply = api.get("/agents?max_id=360000000005&limit=2");

        assertThat(ids(reply.json())).containsExactly(360000000003L, 360000000005L);
        assertThat(reply.header("X-Previous-Page")).isEqualTo("/api/v2/agents?max_id=360000000002&limit=2");
    }

    @Test
    void headersAreLeftOutAtTheEndsOfTheRecordSet() {
        TestApi.Reply last = api.get("/agents?since_id=360000000005&limit=10");
        TestApi.Reply first = api.get("/agents?max_id=360000000002&limit=10");

        assertThat(ids(last.json())).containsExactly(360000000005L, 360000000008L);
        assertThat(last.header("X-Next-Page")).isNull();
        assertThat(last.header("X-Previous-Page")).isNotNull();
        assertThat(ids(first.json())).containsExactly(360000000001L, 360000000002L);
        assertThat(first.header("X-Previous-Page")).isNull();
        assertThat(first.header("X-Next-Page")).isNotNull();
    }

    @Test
    void aPagePastTheLastRecordIsAnEmptyArrayWithoutHeaders() {
        TestApi.Reply reply = api.get("/agents?since_id=360000000009&limit=5");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("[]");
        assertThat(reply.header("X-Next-Page")).isNull();
        assertThat(reply.header("X-Previous-Page")).isNull();
    }

    @Test
    void walkingForwardWithXNextPageVisitsEveryAgentOnceInOrder() {
        createAgents(20);
        List<Long> all = ids(api.get("/agents").json());
        TestApi root = api.at(mock.baseUrl());

        List<Long> walked = new ArrayList<>();
        String next = "/api/v2/agents?since_id=0&limit=7";
        int pages = 0;
        while (next != null) {
            TestApi.Reply page = root.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().size()).isLessThanOrEqualTo(7);
            walked.addAll(ids(page.json()));
            next = page.header("X-Next-Page");
            pages++;
        }

        assertThat(walked).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void walkingBackwardWithXPreviousPageVisitsEveryAgentOnce() {
        createAgents(20);
        List<Long> all = ids(api.get("/agents").json());
        TestApi root = api.at(mock.baseUrl());

        List<Long> walked = new ArrayList<>();
        String previous = "/api/v2/agents?max_id=" + all.get(all.size() - 1) + "&limit=7";
        while (previous != null) {
            TestApi.Reply page = root.get(previous);
            List<Long> pageIds = ids(page.json());
            assertThat(pageIds).isSorted();
            walked.addAll(0, pageIds);
            previous = page.header("X-Previous-Page");
        }

        assertThat(walked).containsExactlyElementsOf(all);
    }

    @Test
    void aLimitOfOneHundredIsAllowed() {
        assertThat(api.get("/agents?limit=200").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=201", "limit=500", "limit=", "limit=0", "limit=-5", "limit=ten", "since_id=abc", "max_id=1.5"})
    void invalidPaginationParametersAreBadRequests(String query) {
        TestApi.Reply reply = api.get("/agents?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(reply.json().get("description").asText()).isNotBlank();
    }

    private List<Long> createAgents(int count) {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(createAgent("paged" + i + "@example.com"));
        }
        return created;
    }
}
