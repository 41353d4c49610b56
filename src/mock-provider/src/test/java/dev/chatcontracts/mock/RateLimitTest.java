package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void requestsOverTheLimitAre429WithRetryAfter() {
        try (MockProvider mock = MockProvider.builder().rateLimit(3).start()) {
            TestApi api = TestApi.zendesk(mock);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/agents/me").status()).isEqualTo(200);
            }

            TestApi.Reply limited = api.get("/agents/me");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
            assertThat(limited.json().get("error").asText()).isEqualTo("Too Many Requests");
            assertThat(limited.json().get("description").asText()).isNotBlank();
        }
    }

    @Test
    void zohoIsLimitedSeparatelyWithItsOwnErrorCode() {
        try (MockProvider mock = MockProvider.builder().rateLimit(1).start()) {
            TestApi zoho = TestApi.salesIq(mock);
            String path = "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";
            assertThat(TestApi.zendesk(mock).get("/account").status()).isEqualTo(200);
            assertThat(zoho.put(path, "{\"phone\":\"1\"}").status()).isEqualTo(200);

            TestApi.Reply limited = zoho.put(path, "{\"phone\":\"2\"}");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isNotNull();
            assertThat(limited.json().get("error").get("code").asInt()).isEqualTo(1023);
        }
    }

    @Test
    void unauthenticatedRequestsDoNotSpendTheBudget() {
        try (MockProvider mock = MockProvider.builder().rateLimit(1).start()) {
            TestApi api = TestApi.zendesk(mock);
            assertThat(api.as(null).get("/account").status()).isEqualTo(401);

            assertThat(api.get("/account").status()).isEqualTo(200);
            assertThat(api.get("/account").status()).isEqualTo(429);
        }
    }

    @Test
    void thereIsNoLimitByDefaultAndResetForgetsTheCount() {
        try (MockProvider mock = MockProvider.start()) {
            TestApi api = TestApi.zendesk(mock);
            for (int i = 0; i < 60; i++) {
                assertThat(api.get("/account").status()).isEqualTo(200);
            }
        }
        try (MockProvider mock = MockProvider.builder().rateLimit(1).start()) {
            TestApi api = TestApi.zendesk(mock);
            api.get("/account");
            mock.reset();
            assertThat(api.get("/account").status()).isEqualTo(200);
        }
    }

    @Test
    void theWindowRollsOverAfterItsDuration() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);
        limiter.acquire();
        limiter.acquire();
        clock.advanceSeconds(45);
        try {
            limiter.acquire();
            throw new AssertionError("expected a 429");
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.headers()).containsEntry("Retry-After", "15");
        }

        clock.advanceSeconds(15);

        limiter.acquire();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
