package dev.chatcontracts.mock;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Generates ids in the shapes the live API uses: visitor ids {@code <account id>.<token>}, chat ids
 * {@code YYMM.<account id>.<token>} and session ids {@code YYMMDD.<account id>.<token>}.
 */
final class IdGenerator {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyMM").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter YEAR_MONTH_DAY =
            DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

    private final long accountId;
    private final RandomGenerator random = new SecureRandom();

    IdGenerator(long accountId) {
        this.accountId = accountId;
    }

    String visitorId() {
        return accountId + "." + token(10);
    }

    /** A chat id whose {@code YYMM} part is the month of the chat's timestamp. */
    String chatId(Instant timestamp) {
        return YEAR_MONTH.format(timestamp) + "." + accountId + "." + token(10);
    }

    String sessionId(Instant start) {
        return YEAR_MONTH_DAY.format(start) + "." + accountId + "." + token(8);
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
