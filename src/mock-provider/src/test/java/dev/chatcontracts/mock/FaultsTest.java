package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest extends MockTestSupport {

    @Test
    void aDelayHoldsTheAnswerBack() {
        mock.faults().on("showAgent").delay(Duration.ofMillis(400));

        long start = System.nanoTime();
        TestApi.Reply reply = api.get("/agents/360000000001");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aStatusReplacesTheAnswerWithTheVendorsErrorBody() {
        mock.faults().on("listChats").status(503);

        TestApi.Reply reply = api.get("/chats");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error").asText()).isEqualTo("Service Unavailable");
        assertThat(reply.json().get("description").asText()).contains("listChats");
        assertThat(api.get("/chats/123").status()).as("other operations are untouched").isEqualTo(200);
    }

    @Test
    void anInjected429CarriesRetryAfter() {
        mock.faults().on("showAccount").status(429).times(1);

        TestApi.Reply reply = api.get("/account");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(reply.json().get("error").asText()).isEqualTo("Too Many Requests");
        assertThat(api.get("/account").status()).isEqualTo(200);
    }

    @Test
    void timesLimitsTheFaultThenItClears() {
        mock.faults().on("showChat").status(500).times(2);

        assertThat(api.get("/chats/123").status()).isEqualTo(500);
        assertThat(api.get("/chats/123").status()).isEqualTo(500);
        assertThat(api.get("/chats/123").status()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionGivesTheClientNoAnswer() {
        mock.faults().on("createChat").dropConnection();

        assertThatThrownBy(() -> api.sendOrFail("POST", "/chats", offlineMessage("dropped", 1_500_000_000L)))
                .isInstanceOf(IOException.class);
        mock.faults().clear();
        assertThat(api.get("/chats/search?q=dropped").json().get("count").asInt())
                .as("a dropped request is not processed").isZero();
        assertThat(api.post("/chats", offlineMessage("kept", 1_500_000_000L)).status()).isEqualTo(201);
    }

    @Test
    void faultsApplyToTheZohoOperationWithZohosErrorBody() {
        mock.faults().on("updateConversationVisitor").status(503).times(1);

        TestApi.Reply reply = TestApi.salesIq(mock)
                .put("/visitor/v1/zylkerinc/conversations/666300030000479029/visitor", json("{'phone':'1'}"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(503);
    }

    @Test
    void clearRemovesEveryFault() {
        mock.faults().on(Operation.SHOW_ACCOUNT).status(502);
        mock.faults().on("listAgents").status(502);

        mock.faults().clear("showAccount");
        assertThat(api.get("/account").status()).isEqualTo(200);
        assertThat(api.get("/agents").status()).isEqualTo(502);

        mock.faults().clear();
        assertThat(api.get("/agents").status()).isEqualTo(200);
    }

    @Test
    void theTwentyOneOperationIdsAreKnownAndOthersAreRejected() {
        assertThat(Operation.ids()).containsExactlyInAnyOrder("showAccount", "updateAccount", "listAgents", "showAgent",
                "showAgentByEmail", "createAgent", "updateAgent", "deleteAgent", "showRequestingAgent",
                "updateRequestingAgent", "listChats", "searchChats", "showChat", "createChat", "updateChat", "deleteChat",
                "bulkDeleteChats", "createVisitor", "showVisitor", "updateVisitor", "updateConversationVisitor");
        assertThatThrownBy(() -> mock.faults().on("getAgent")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mock.faults().on("showAgent").status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mock.faults().on("showAgent").times(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
