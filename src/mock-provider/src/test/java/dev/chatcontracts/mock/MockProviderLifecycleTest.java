package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockProviderLifecycleTest {

    @Test
    void startsOnAnEphemeralLoopbackPortWithTheThreeBaseUrls() {
        try (MockProvider mock = MockProvider.start()) {
            int port = mock.port();

            assertThat(port).isPositive();
            assertThat(mock.baseUrl()).hasToString("http://127.0.0.1:" + port);
            assertThat(mock.zendeskBaseUrl()).hasToString("http://127.0.0.1:" + port + "/api/v2/chat");
            assertThat(mock.zendeskLegacyBaseUrl()).hasToString("http://127.0.0.1:" + port + "/api/v2");
            assertThat(mock.salesIqBaseUrl()).hasToString("http://127.0.0.1:" + port + "/api");
            assertThat(mock.credentials()).isEqualTo(Credentials.defaults());
        }
    }

    @Test
    void bothZendeskBasePathsServeTheSameState() {
        try (MockProvider mock = MockProvider.start()) {
            TestApi current = TestApi.zendesk(mock);
            TestApi legacy = current.at(mock.zendeskLegacyBaseUrl());

            String id = legacy.post("/visitors", "{\"name\":\"Legacy\"}").json().get("id").asText();

            assertThat(current.get("/visitors/" + id).json().get("name").asText()).isEqualTo("Legacy");
            assertThat(legacy.get("/chats/123").status()).isEqualTo(200);
            assertThat(legacy.get("/agents/me").status()).isEqualTo(200);
        }
    }

    @Test
    void twoMocksRunSideBySideWithSeparateState() {
        try (MockProvider first = MockProvider.start(); MockProvider second = MockProvider.start()) {
            TestApi.zendesk(first).delete("/chats/123");

            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(TestApi.zendesk(first).get("/chats/123").status()).isEqualTo(404);
            assertThat(TestApi.zendesk(second).get("/chats/123").status()).isEqualTo(200);
        }
    }

    @Test
    void closeStopsServingAndReleasesThePort() {
        MockProvider mock = MockProvider.start();
        int port = mock.port();
        TestApi api = TestApi.zendesk(mock);
        assertThat(api.get("/account").status()).isEqualTo(200);

        mock.close();

        assertThatThrownBy(() -> TestApi.zendesk(mock).sendOrFail("GET", "/account", null))
                .isInstanceOf(ConnectException.class);
        try (MockProvider again = MockProvider.builder().port(port).start()) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void unknownPathsAre404AndWrongMethods405InTheZendeskErrorFormat() {
        try (MockProvider mock = MockProvider.start()) {
            TestApi api = TestApi.zendesk(mock);

            TestApi.Reply unknown = api.get("/tickets");
            TestApi.Reply outside = api.at(mock.baseUrl()).get("/index.html");
            TestApi.Reply wrongMethod = api.send("PATCH", "/agents/me", "{}");

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().get("error").asText()).isEqualTo("Not Found");
            assertThat(outside.status()).isEqualTo(404);
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.header("Allow")).isEqualTo("GET, PUT");
        }
    }

    @Test
    void aSeedFileAddsAndReplacesEntries(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {"account": {"status": "trial"},
                 "agents": [{"id": 360000000042, "first_name": "Sam", "last_name": "Seed", "display_name": "Sam",
                             "create_date": "2020-01-01T00:00:00Z", "email": "sam@example.com",
                             "roles": {"owner": false, "administrator": true}, "role_id": 2, "enabled": true,
                             "password": "sam-password"}],
                 "visitors": [{"id": "1", "name": "Replaced", "banned": true, "created": "2020-01-01T00:00:00Z",
                               "email": "", "external_id": "", "notes": "", "phone": ""}],
                 "chats": [{"id": "2001.655464.Seeded0001", "type": "offline_msg", "timestamp": "2020-01-01T00:00:00Z",
                            "message": "seeded marzipan", "visitor": {"id": "1", "name": "Replaced"}, "session": {}}]}
                """);

        try (MockProvider mock = MockProvider.builder().seed(seed).start()) {
            TestApi sam = TestApi.zendesk(mock).as(Credentials.basicAuthorization("sam@example.com", "sam-password"));

            assertThat(sam.get("/agents/me").json().get("id").asLong()).isEqualTo(360000000042L);
            assertThat(sam.get("/visitors/1").json().get("name").asText()).isEqualTo("Replaced");
            assertThat(sam.get("/chats/search?q=marzipan").json().get("count").asInt()).isEqualTo(1);
            assertThat(sam.get("/agents").json()).hasSize(6);
            assertThat(TestApi.zendesk(mock).get("/account").json().get("status").asText()).isEqualTo("trial");
        }
    }

    @Test
    void anInvalidSeedFileStopsTheStart(@TempDir Path dir) throws IOException {
        Path noPassword = dir.resolve("no-password.json");
        Files.writeString(noPassword, "{\"agents\": [{\"id\": 7, \"email\": \"x@example.com\"}]}");
        Path unknownSection = dir.resolve("unknown.json");
        Files.writeString(unknownSection, "{\"tickets\": []}");

        assertThatThrownBy(() -> MockProvider.builder().seed(noPassword).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> MockProvider.builder().seed(unknownSection).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickets");
        assertThatThrownBy(() -> MockProvider.builder().seed(dir.resolve("missing.json")).start())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetPutsTheSeedBackAndClearsFaults() {
        try (MockProvider mock = MockProvider.start()) {
            TestApi api = TestApi.zendesk(mock);
            api.delete("/chats/123");
            mock.faults().on("showAccount").status(500);

            mock.reset();

            assertThat(api.get("/chats/123").status()).isEqualTo(200);
            assertThat(api.get("/account").status()).isEqualTo(200);
        }
    }

    @Test
    void theBuilderRejectsImpossibleSettings() {
        assertThatThrownBy(() -> MockProvider.builder().port(70000).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockProvider.builder().rateLimit(-1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockProvider.builder().threads(0).build()).isInstanceOf(IllegalArgumentException.class);
        MockConfig config = MockProvider.builder().port(0).strict(true).rateLimit(200).documentedExamples(true).build();
        assertThat(config.strict()).isTrue();
        assertThat(config.rateLimitPerMinute()).isEqualTo(200);
        assertThat(config.documentedExamples()).isTrue();
    }

    @Test
    void aPortInUseStopsTheStartAndLeavesNoThreadRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Set<Long> before = mockThreads();

            assertThatThrownBy(() -> MockProvider.builder().port(taken.getLocalPort()).start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(":" + taken.getLocalPort());

            Thread.sleep(200); // threads told to stop end within moments
            assertThat(mockThreads()).isSubsetOf(before);
        }
    }

    private static Set<Long> mockThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("chat-mock-"))
                .map(Thread::getId).collect(Collectors.toSet());
    }
}
