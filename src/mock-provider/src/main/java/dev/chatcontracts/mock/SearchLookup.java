package dev.chatcontracts.mock;

/**
 * How a search term narrows the chats through the {@link ChatSearchIndex}: not at all, by one exact value of
 * a field (a chat type, a rating, an e-mail), or by the words of a text field. A lookup only ever narrows to a
 * superset of the chats the term matches; the term's own test decides.
 */
sealed interface SearchLookup {

    /** The term cannot use the index (a time range, or a word the index cannot answer for). */
    SearchLookup NONE = new None();

    /** The fields the index keeps. */
    enum Field { TEXT, AGENT_NAMES, VISITOR_NAME, VISITOR_EMAIL, CHAT_TYPE, RATING }

    /** No narrowing. */
    record None() implements SearchLookup {
    }

    /**
     * The chats whose field equals {@code value}, ignoring case as {@link String#equalsIgnoreCase} does.
     *
     * @param field a field holding one value per chat
     * @param value the value searched for
     */
    record Exact(Field field, String value) implements SearchLookup {
    }

    /**
     * The chats with a text of {@code field} that could hold {@code text} as whole words (a trailing {@code *}
     * for a prefix), as {@link ChatSearchQuery#wordPattern} matches it.
     *
     * @param field a text field
     * @param text  the searched word or phrase, as in the query
     */
    record Words(Field field, String text) implements SearchLookup {
    }
}
