package dev.chatcontracts.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Search Chats query language, as documented: {@code field:value} terms for {@code agent_names},
 * {@code visitor_name}, {@code visitor_email}, {@code timestamp}, {@code end_timestamp}, {@code chat_type}
 * and {@code rating}; free text (a word or a {@code "quoted phrase"}, a trailing {@code *} for a prefix)
 * matched against messages and comments; terms joined by {@code AND} (also implicit); and date ranges
 * {@code [A TO B]}, {@code [A TO *]}, {@code [* TO B]} on the two timestamp fields. Matching is
 * case-insensitive and on whole words. {@code type} is accepted as an alias of {@code chat_type} because the
 * documented example uses it (D18). Anything else ({@code OR}, unknown fields, bad dates) is a 400.
 *
 * @param terms the terms, all of which a chat must match
 */
record ChatSearchQuery(List<Predicate<ChatDocument>> terms) {

    private static final Set<String> CHAT_TYPES = Set.of(ChatDocument.CHAT, ChatDocument.OFFLINE_MESSAGE);
    private static final Set<String> RATINGS = Set.of("good", "bad");

    ChatSearchQuery {
        terms = List.copyOf(terms);
    }

    /** Parses a query; a malformed or empty one is a 400. */
    static ChatSearchQuery parse(String query) {
        List<Predicate<ChatDocument>> terms = new ArrayList<>();
        for (String token : SearchTokenizer.tokens(query)) {
            if (token.equalsIgnoreCase("AND")) {
                continue;
            }
            if (token.equalsIgnoreCase("OR") || token.equalsIgnoreCase("NOT")) {
                throw ApiException.badRequest("Search operator " + token + " is not supported: combine terms with AND");
            }
            terms.add(term(token));
        }
        if (terms.isEmpty()) {
            throw ApiException.badRequest("The search query '" + query + "' has no terms");
        }
        return new ChatSearchQuery(terms);
    }

    boolean matches(ChatDocument chat) {
        return terms.stream().allMatch(term -> term.test(chat));
    }

    private static Predicate<ChatDocument> term(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0 || token.startsWith("\"") || !token.substring(0, colon).matches("[A-Za-z_]+")) {
            Pattern text = wordPattern(SearchTokenizer.unquote(token));
            return chat -> chat.searchableTexts().stream().anyMatch(t -> text.matcher(t).find());
        }
        String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = SearchTokenizer.unquote(token.substring(colon + 1));
        if (value.isEmpty()) {
            throw ApiException.badRequest("Search field " + field + " has no value");
        }
        return switch (field) {
            case "agent_names" -> {
                Pattern name = wordPattern(value);
                yield chat -> chat.agentNames().stream().anyMatch(n -> name.matcher(n).find());
            }
            case "visitor_name" -> {
                Pattern name = wordPattern(value);
                yield chat -> name.matcher(chat.visitorName()).find();
            }
            case "visitor_email" -> chat -> chat.visitorEmail().equalsIgnoreCase(value);
            case "chat_type", "type" -> oneOf(field, value, CHAT_TYPES, ChatDocument::type);
            case "rating" -> oneOf(field, value, RATINGS, ChatDocument::rating);
            case "timestamp" -> {
                TimeRange range = TimeRange.parse(field, value);
                yield chat -> chat.timestamp().filter(range::contains).isPresent();
            }
            case "end_timestamp" -> {
                TimeRange range = TimeRange.parse(field, value);
                yield chat -> chat.endTimestamp().filter(range::contains).isPresent();
            }
            default -> throw ApiException.badRequest("Unknown search field '" + field + "'; searchable fields are "
                    + "agent_names, visitor_name, visitor_email, timestamp, end_timestamp, chat_type, rating");
        };
    }

    private static Predicate<ChatDocument> oneOf(String field, String value, Set<String> allowed,
                                                 Function<ChatDocument, String> property) {
        String wanted = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw ApiException.badRequest("Search field " + field + " must be one of " + allowed + ", got '" + value + "'");
        }
        return chat -> wanted.equalsIgnoreCase(property.apply(chat));
    }

    /** Case-insensitive whole-word (or whole-phrase) match; a trailing {@code *} matches a prefix. */
    static Pattern wordPattern(String text) {
        boolean prefix = text.endsWith("*") && text.length() > 1;
        String literal = prefix ? text.substring(0, text.length() - 1) : text;
        String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + (prefix ? "" : "(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * An inclusive time range; a bare date covers its whole (UTC) day, at either end.
     *
     * @param from first instant included, or {@code null} for open
     * @param to   last instant included, or {@code null} for open
     */
    record TimeRange(Instant from, Instant to) {

        boolean contains(Instant instant) {
            return (from == null || !instant.isBefore(from)) && (to == null || !instant.isAfter(to));
        }

        static TimeRange parse(String field, String value) {
            if (value.startsWith("{")) {
                throw ApiException.badRequest("Exclusive ranges {A TO B} are not supported for " + field + ": use [A TO B]");
            }
            if (!value.startsWith("[")) {
                return new TimeRange(bound(field, value, false), bound(field, value, true));
            }
            if (!value.endsWith("]")) {
                throw ApiException.badRequest("Unterminated range for " + field + ": " + value);
            }
            String[] ends = value.substring(1, value.length() - 1).trim().split("\\s+TO\\s+");
            if (ends.length != 2) {
                throw ApiException.badRequest("A range for " + field + " must look like [A TO B], got " + value);
            }
            return new TimeRange(bound(field, ends[0], false), bound(field, ends[1], true));
        }

        private static Instant bound(String field, String text, boolean upper) {
            if (text.equals("*")) {
                return null;
            }
            Optional<LocalDate> date = Timestamps.parseDate(text);
            if (date.isPresent()) {
                LocalDate day = upper ? date.get().plusDays(1) : date.get();
                Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
                return upper ? start.minusNanos(1) : start;
            }
            return Timestamps.parseInstant(text).orElseThrow(() -> ApiException.badRequest(
                    "Search field " + field + " needs a date (2014-10-10) or date-time (2016-02-02T16:00:00), got '"
                            + text + "'"));
        }
    }
}
