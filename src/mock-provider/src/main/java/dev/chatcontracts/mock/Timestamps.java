package dev.chatcontracts.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** ISO-8601 formatting and lenient parsing of the timestamps the APIs use. */
final class Timestamps {

    private Timestamps() {
    }

    /** Seconds-precision UTC, e.g. {@code 2014-10-09T05:28:35Z}, as in every documented example. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String isoFromEpochSeconds(long epochSeconds) {
        return iso(Instant.ofEpochSecond(epochSeconds));
    }

    /**
     * Parses an instant ({@code 2014-10-09T05:28:35Z}, with offset) or a local date-time taken as UTC
     * ({@code 2016-02-02T16:00:00}); malformed text (e.g. the documented 31 September) gives empty.
     */
    static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    /** Parses a date ({@code 2014-10-10}) as its first instant in UTC. */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
