package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: the natively checked formats give networknt's verdict on near-miss strings, and the
 * allocation-free date-time path never accepts a string networknt rejects (everything else it hands
 * to networknt).
 */
class FormatsAgainstNetworkntTest {

    private static final String CHARS = "0123456789-:T tzZ+.,/x";
    private static final String URI_PARTS = "ab:/?#[]@!$&'()*+,;=%20-._~ äé\\|{}\"<>^`";

    @Test
    void dateTimesGetNetworkntsVerdict() {
        FormatCheck reference = new NetworkntFormat("date-time");
        FormatCheck streaming = FormatCheck.forName("date-time");
        List<String> failures = new ArrayList<>();
        int[] validAndFast = new int[3];
        SeededCases.seeds("dateTimes", 4000).forEach(seed -> {
            String value = nearDateTime(new Random(seed));
            boolean expected = reference.matches(value);
            char[] padded = ("##" + value + "#").toCharArray();
            validAndFast[0] += expected ? 1 : 0;
            validAndFast[1] += DateTimeFormat.isPlainRfc3339(padded, 2, value.length()) ? 1 : 0;
            validAndFast[2]++;
            if (streaming.matches(value) != expected || streaming.matches(padded, 2, value.length()) != expected) {
                failures.add(value + " networknt=" + expected);
            }
            if (DateTimeFormat.isPlainRfc3339(padded, 2, value.length()) && !expected) {
                failures.add(value + " accepted by the fast path only");
            }
        });
        assertThat(failures).isEmpty();
        assertThat(validAndFast[0]).as("valid date-times among %d", validAndFast[2]).isGreaterThan(validAndFast[2] / 10);
        assertThat(validAndFast[1]).as("taken by the fast path among %d", validAndFast[2]).isGreaterThan(validAndFast[2] / 20);
    }

    @Test
    void urisGetNetworkntsVerdict() {
        FormatCheck reference = new NetworkntFormat("uri");
        FormatCheck streaming = FormatCheck.forName("uri");
        List<String> failures = new ArrayList<>();
        RandomJson.URIS.forEach(uri -> {
            if (streaming.matches(uri) != reference.matches(uri)) {
                failures.add(uri);
            }
        });
        SeededCases.seeds("uris", 3000).forEach(seed -> {
            String value = nearUri(new Random(seed));
            if (streaming.matches(value) != reference.matches(value)) {
                failures.add(value + " networknt=" + reference.matches(value));
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theFastPathTakesTheShapesOfLiveCaptures() {
        for (String value : List.of("2014-10-09T05:28:35Z", "2024-10-09T05:28:35.123456Z", "2024-02-29T23:59:59+05:30",
                "2024-10-09T05:28:35.1-08:00")) {
            assertThat(DateTimeFormat.isPlainRfc3339(value.toCharArray(), 0, value.length())).as(value).isTrue();
        }
    }

    /** A valid date-time, then zero to three character-level corruptions or field swaps. */
    private static String nearDateTime(Random random) {
        StringBuilder value = new StringBuilder(String.format("%04d-%02d-%02d%s%02d:%02d:%02d", random.nextInt(10000),
                random.nextInt(14), random.nextInt(33), random.nextInt(8) == 0 ? "t" : "T", random.nextInt(26),
                random.nextInt(62), random.nextInt(62)));
        if (random.nextBoolean()) {
            value.append('.').append(Long.toString(Math.abs(random.nextLong())).substring(0, 1 + random.nextInt(11)));
        }
        switch (random.nextInt(4)) {
            case 0 -> value.append(random.nextBoolean() ? 'Z' : 'z');
            case 1 -> value.append(String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62)));
            case 2 -> value.append(String.format("%s%02d:00", random.nextBoolean() ? "+" : "-", random.nextInt(2) * 18));
            default -> { }
        }
        for (int i = random.nextInt(4); i > 0 && value.length() > 0; i--) {
            int at = random.nextInt(value.length());
            switch (random.nextInt(3)) {
                case 0 -> value.setCharAt(at, CHARS.charAt(random.nextInt(CHARS.length())));
                case 1 -> value.deleteCharAt(at);
                default -> value.insert(at, CHARS.charAt(random.nextInt(CHARS.length())));
            }
        }
        return value.toString();
    }

    private static String nearUri(Random random) {
        StringBuilder value = new StringBuilder();
        String[] schemes = {"https://", "http://", "ftp:", "mailto:", "urn:x:", "", "//", "h%74tp://", "1http://"};
        value.append(schemes[random.nextInt(schemes.length)]);
        for (int i = random.nextInt(20); i > 0; i--) {
            value.append(random.nextInt(3) == 0 ? URI_PARTS.charAt(random.nextInt(URI_PARTS.length())) : (char) ('a' + random.nextInt(26)));
        }
        return value.toString();
    }
}
