package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Random JSON values, biased towards what breaks chat schemas: property names of the specs, the
 * discriminator's values, enum members, near-miss date-times and URLs, integral floats.
 */
final class RandomJson {

    static final List<String> DATE_TIMES = List.of("2014-10-09T05:28:35Z", "2024-02-29T23:59:59.123456Z",
            "2014-10-09T05:28:35+02:00", "2014-10-09T05:28:35", "2014-10-09 05:28:35Z", "2014-10-09t05:28:35z",
            "2014-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "2015-12-31T23:59:60Z",
            "2014-10-09T24:00:00Z", "2014-10-09T05:60:00Z", "2014-10-09T05:28:35.1234567891Z", "2014-10-09T05:28:35.Z",
            "2014-10-09T05:28:35+18:00", "2014-10-09T05:28:35+19:00", "2014-10-09T05:28:35-00:00", "2014-09-31T05:28:35Z",
            "2014-10-09T05:28:35+00:00Z", "2014-10-09T05:28Z", "2014-10-09", "0000-01-01T00:00:00Z", "14-10-09T05:28:35Z",
            "2014-1-09T05:28:35Z", "2014-10-09T05:28:35.5-03:30");
    static final List<String> URIS = List.of("https://example.zendesk.com/api/v2/chat/chats?page=2", "http://x",
            "ftp://example.com/file", "https://x.com/a?b=[1]", "relative/path", "http://", "https:", "mailto:a@b.c",
            "https://exämple.com", "https://x.com/a b", "//host/path", "null", "", "urn:isbn:0451450523", "http://[::1]:80/",
            "https://x.com/%zz", "HTTPS://X.COM");
    private static final List<String> WORDS = List.of("", "chat", "offline_msg", "good", "bad", "null", "unlimited",
            "visitor", "agent", "trigger", "chat.msg", "[email protected]", "1.12345", "\uD83D\uDE00", "a~b/c", "Zoho-oauthtoken x");

    private final Random random;
    private final List<String> names;

    /** @param names property names to prefer (those of the specs) */
    RandomJson(Random random, List<String> names) {
        this.random = random;
        this.names = names;
    }

    JsonNode any(int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 9);
        return switch (kind) {
            case 0, 1 -> JsonNodeFactory.instance.textNode(string());
            case 2 -> number();
            case 3 -> JsonNodeFactory.instance.booleanNode(random.nextBoolean());
            case 4 -> JsonNodeFactory.instance.nullNode();
            case 5 -> JsonNodeFactory.instance.textNode(random.nextBoolean() ? pick(DATE_TIMES) : pick(URIS));
            case 6, 7 -> object(depth - 1);
            default -> array(depth - 1);
        };
    }

    ObjectNode object(int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = random.nextInt(6); i > 0; i--) {
            object.set(name(), any(depth));
        }
        return object;
    }

    ArrayNode array(int depth) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            array.add(any(depth));
        }
        return array;
    }

    JsonNode number() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> nodes.numberNode(random.nextInt(100) - 10);
            case 1 -> nodes.numberNode(1.0);
            case 2 -> nodes.numberNode(random.nextInt(1000) / 10.0);
            case 3 -> nodes.numberNode(random.nextLong());
            case 4 -> nodes.numberNode(new BigInteger("123456789012345678901234567890"));
            case 5 -> nodes.numberNode(new BigDecimal("1.000"));
            case 6 -> nodes.numberNode(1e20);
            case 7 -> nodes.numberNode(-0.5);
            default -> nodes.numberNode(0);
        };
    }

    String string() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(WORDS);
            case 1 -> pick(names);
            case 2 -> Long.toString(random.nextInt(100000));
            default -> randomText();
        };
    }

    String name() {
        return random.nextInt(5) == 0 ? randomText() : pick(names);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextInt(5) == 0 ? 0x20 + random.nextInt(0x250) : 'a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
