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
import java.util.regex.Matcher;
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
 * <p>Each chat keeps its texts {@linkplain CaseFold folded}; a word term first looks for its folded literal
 * there, and only texts that contain it are matched further ({@link WordMatch}), with the same answers as the
 * regex of {@link #wordPattern}.
 *
 * @param terms the terms, all of which a chat must match
 */
record ChatSearchQuery(List<Term> terms) {

    private static final Set<String> CHAT_TYPES = Set.of(ChatDocument.CHAT, ChatDocument.OFFLINE_MESSAGE);
    private static final Set<String> RATINGS = Set.of("good", "bad");

    /** One term of a query. Immutable; its tests are not, so each thread makes its own. */
    @FunctionalInterface
    interface Term {

        /** A test of this term for one thread (it may reuse a regex matcher from chat to chat). */
        Predicate<ChatDocument> newTest();

        /** How the {@link ChatSearchIndex} narrows the chats for this term. */
        default SearchLookup lookup() {
            return SearchLookup.NONE;
        }

        static Term of(Predicate<ChatDocument> stateless) {
            return () -> stateless;
        }

        /** The same term, narrowed through the index by {@code lookup}. */
        static Term indexed(Term term, SearchLookup lookup) {
            return new Term() {
                @Override
                public Predicate<ChatDocument> newTest() {
                    return term.newTest();
                }

                @Override
                public SearchLookup lookup() {
                    return lookup;
                }
            };
        }
    }

    ChatSearchQuery {
        terms = List.copyOf(terms);
    }

    /** Parses a query; a malformed or empty one is a 400. */
    static ChatSearchQuery parse(String query) {
        List<Term> terms = new ArrayList<>();
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

    /** How the index can narrow the chats, one lookup per term. */
    List<SearchLookup> lookups() {
        return terms.stream().map(Term::lookup).toList();
    }

    /** Whether a chat matches every term. */
    boolean matches(ChatDocument chat) {
        return newTest().test(chat);
    }

    /** A test of every term, for one thread: use it for a whole search rather than {@link #matches}. */
    Predicate<ChatDocument> newTest() {
        List<Predicate<ChatDocument>> tests = terms.stream().map(Term::newTest).toList();
        return chat -> {
            for (Predicate<ChatDocument> test : tests) {
                if (!test.test(chat)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Term term(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0 || token.startsWith("\"") || !token.substring(0, colon).matches("[A-Za-z_]+")) {
            String text = SearchTokenizer.unquote(token);
            return Term.indexed(new WordMatch(text).inAny(ChatDocument::searchableTexts),
                    new SearchLookup.Words(SearchLookup.Field.TEXT, text));
        }
        String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = SearchTokenizer.unquote(token.substring(colon + 1));
        if (value.isEmpty()) {
            throw ApiException.badRequest("Search field " + field + " has no value");
        }
        return switch (field) {
            case "agent_names" -> Term.indexed(new WordMatch(value).inAny(ChatDocument::agentNames),
                    new SearchLookup.Words(SearchLookup.Field.AGENT_NAMES, value));
            case "visitor_name" -> Term.indexed(new WordMatch(value).in(ChatDocument::visitorName),
                    new SearchLookup.Words(SearchLookup.Field.VISITOR_NAME, value));
            case "visitor_email" -> Term.indexed(Term.of(chat -> chat.visitorEmail().equalsIgnoreCase(value)),
                    new SearchLookup.Exact(SearchLookup.Field.VISITOR_EMAIL, value));
            case "chat_type", "type" -> oneOf(field, value, CHAT_TYPES, ChatDocument::type, SearchLookup.Field.CHAT_TYPE);
            case "rating" -> oneOf(field, value, RATINGS, ChatDocument::rating, SearchLookup.Field.RATING);
            case "timestamp" -> {
                TimeRange range = TimeRange.parse(field, value);
                yield Term.of(chat -> chat.timestamp().filter(range::contains).isPresent());
            }
            case "end_timestamp" -> {
                TimeRange range = TimeRange.parse(field, value);
                yield Term.of(chat -> chat.endTimestamp().filter(range::contains).isPresent());
            }
            default -> throw ApiException.badRequest("Unknown search field '" + field + "'; searchable fields are "
                    + "agent_names, visitor_name, visitor_email, timestamp, end_timestamp, chat_type, rating");
        };
    }

    private static Term oneOf(String field, String value, Set<String> allowed, Function<ChatDocument, String> property,
                              SearchLookup.Field indexed) {
        String lowerCase = value.toLowerCase(Locale.ROOT);
        String wanted = allowed.stream().filter(lowerCase::equals).findFirst().orElseThrow(() -> ApiException.badRequest(
                "Search field " + field + " must be one of " + allowed + ", got '" + value + "'"));
        return Term.indexed(Term.of(chat -> {
            String actual = property.apply(chat);
            return actual == wanted || wanted.equalsIgnoreCase(actual);
        }), new SearchLookup.Exact(indexed, wanted));
    }

    /** Case-insensitive whole-word (or whole-phrase) match; a trailing {@code *} matches a prefix. */
    static Pattern wordPattern(String text) {
        boolean prefix = isPrefix(text);
        String literal = literal(text);
        String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + (prefix ? "" : "(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean isPrefix(String text) {
        return text.endsWith("*") && text.length() > 1;
    }

    /** The text to find: without the trailing {@code *} of a prefix. */
    private static String literal(String text) {
        return isPrefix(text) ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * A {@link #wordPattern word pattern}, answered faster with the folded texts. A text whose fold does not
     * contain the literal's fold cannot match (see {@link CaseFold}); where it does, the regex starts at the
     * first such index, before which it cannot match either. When both the text and the literal are ASCII,
     * the pattern means no more than: the lower-cased literal, at an index where neither the character before
     * it nor (unless a prefix) the character after it is an ASCII letter or digit, so that is checked directly.
     */
    static final class WordMatch {

        private final Pattern pattern;
        private final boolean prefix;
        /** The literal's fold, or null when it cannot pre-filter. */
        private final String folded;
        /** Whether the literal is ASCII and not empty. */
        private final boolean asciiLiteral;

        WordMatch(String text) {
            this.pattern = wordPattern(text);
            this.prefix = isPrefix(text);
            String literal = literal(text);
            this.folded = CaseFold.canPrefilter(literal) ? CaseFold.fold(literal) : null;
            this.asciiLiteral = !literal.isEmpty() && literal.chars().allMatch(c -> c < 0x80);
        }

        /** A test for one thread (it reuses its regex matcher), answering as {@code pattern.matcher(text).find()}. */
        Predicate<ChatDocument.SearchText> newTest() {
            Matcher matcher = pattern.matcher("");
            if (folded == null) {
                return text -> matcher.reset(text.text()).find();
            }
            return text -> {
                String haystack = text.folded();
                int candidate = haystack.indexOf(folded);
                if (candidate < 0) {
                    return false;
                }
                if (!asciiLiteral || !text.ascii()) {
                    return matcher.reset(text.text()).find(candidate);
                }
                for (; candidate >= 0; candidate = haystack.indexOf(folded, candidate + 1)) {
                    int end = candidate + folded.length();
                    if ((candidate == 0 || !isAsciiLetterOrDigit(haystack.charAt(candidate - 1)))
                            && (prefix || end == haystack.length() || !isAsciiLetterOrDigit(haystack.charAt(end)))) {
                        return true;
                    }
                }
                return false;
            };
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }

        /** A term testing one text of each chat. */
        Term in(Function<ChatDocument, ChatDocument.SearchText> text) {
            return () -> {
                Predicate<ChatDocument.SearchText> test = newTest();
                return chat -> test.test(text.apply(chat));
            };
        }

        /** A term testing whether any of a list of texts of each chat matches. */
        Term inAny(Function<ChatDocument, List<ChatDocument.SearchText>> texts) {
            return () -> {
                Predicate<ChatDocument.SearchText> test = newTest();
                return chat -> {
                    for (ChatDocument.SearchText text : texts.apply(chat)) {
                        if (test.test(text)) {
                            return true;
                        }
                    }
                    return false;
                };
            };
        }
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
