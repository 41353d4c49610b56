package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ChatsDeleteTest extends MockTestSupport {

    @Test
    void deleteAnswers204AndTheChatIsThenNotFound() {
        TestApi.Reply reply = api.delete("/chats/123");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertThat(api.get("/chats/123").status()).isEqualTo(404);
        assertThat(api.get("/chats/123").json().get("error").asText()).isEqualTo("Not Found");
        assertThat(api.delete("/chats/123").status()).isEqualTo(404);
        assertThat(api.put("/chats/123", json("{'comment':'x'}")).status()).isEqualTo(404);
        assertThat(api.get("/chats").json().get("count").asInt()).isEqualTo(6);
        assertThat(api.get("/chats?ids=123").json().get("count").asInt()).isZero();
    }

    @Test
    void bulkDeleteSortsEveryIdIntoSuccessOrAFailureCategory() {
        String created = createOfflineMessage("to delete", 1_500_000_000L);
        api.delete("/chats/1234");

        TestApi.Reply reply = api.delete("/chats?ids=123," + created + ",1234,bad%24id,110,bad-id");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("number_success").asInt()).isEqualTo(2);
        assertThat(body.get("number_fail").asInt()).isEqualTo(4);
        assertThat(texts(body.get("failed").get("already_deleted"))).containsExactly("1234");
        assertThat(texts(body.get("failed").get("invalid_id"))).containsExactly("bad$id", "bad-id");
        assertThat(texts(body.get("failed").get("not_found"))).containsExactly("110");
        assertThat(api.get("/chats/123").status()).isEqualTo(404);
        assertThat(api.get("/chats/" + created).status()).isEqualTo(404);
    }

    @Test
    void bulkDeleteNeedsIdsAndAcceptsAtMostFifty() {
        assertThat(api.delete("/chats").status()).isEqualTo(400);
        assertThat(api.delete("/chats?ids=").status()).isEqualTo(400);
        assertThat(api.delete("/chats?ids=" + "x,".repeat(50) + "x").status()).isEqualTo(400);
        assertThat(api.get("/chats").json().get("count").asInt()).isEqualTo(7);
    }

    @Test
    void deletingTheSameIdTwiceInOneBulkCountsTheSecondAsAlreadyDeleted() {
        JsonNode body = api.delete("/chats?ids=123,123").json();

        assertThat(body.get("number_success").asInt()).isEqualTo(1);
        assertThat(texts(body.get("failed").get("already_deleted"))).containsExactly("123");
    }
}
