package dev.chatcontracts.mock;

import dev.chatcontracts.mock.SearchLookup.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inverted index of the stored chats for Search Chats, so that a search costs what its matches cost, not
 * what the whole store costs: for each field, the chats under each folded word ({@link SearchWords}) or
 * exact value, as sort keys in listing order. Texts the index cannot answer for are kept aside under each
 * field and are always candidates.
 *
 * <p>{@link ChatStore} changes it under its lock, together with its own maps; searches read it without a lock
 * and may, like listing, see a chat written at the same time or not.
 */
final class ChatSearchIndex {

    /** The chats under one entry, and how many there are (a skip list's {@code size()} walks it). */
    private record Posting(NavigableSet<ChatDocument.SortKey> keys, AtomicInteger size) {

        Posting() {
            this(new ConcurrentSkipListSet<>(), new AtomicInteger());
        }
    }

    private static final char SEPARATOR = '\u0000';
    private static final String ASIDE = "\u0001aside";

    private final ConcurrentNavigableMap<String, Posting> postings = new ConcurrentSkipListMap<>();

    /** Indexes a chat; the caller holds the store's lock. */
    void add(ChatDocument chat) {
        entries(chat).forEach(entry -> {
            Posting posting = postings.computeIfAbsent(entry, key -> new Posting());
            if (posting.keys().add(chat.sortKey())) {
                posting.size().incrementAndGet();
            }
        });
    }

    /** Removes a chat; the caller holds the store's lock. */
    void remove(ChatDocument chat) {
        entries(chat).forEach(entry -> {
            Posting posting = postings.get(entry);
            if (posting != null && posting.keys().remove(chat.sortKey())) {
                posting.size().decrementAndGet();
            }
        });
    }

    void clear() {
        postings.clear();
    }

    /**
     * The sort keys of the chats that may match every lookup, in listing order, from the narrowest lookup; or
     * {@code null} when none narrows (then every chat is a candidate).
     */
    NavigableSet<ChatDocument.SortKey> candidates(List<SearchLookup> lookups) {
        List<Posting> narrowest = null;
        int narrowestSize = Integer.MAX_VALUE;
        for (SearchLookup lookup : lookups) {
            List<Posting> found = postings(lookup);
            if (found == null) {
                continue;
            }
            int size = found.stream().mapToInt(posting -> posting.size().get()).sum();
            if (size < narrowestSize) {
                narrowest = found;
                narrowestSize = size;
            }
        }
        if (narrowest == null) {
            return null;
        }
        if (narrowest.size() == 1) {
            return narrowest.get(0).keys();
        }
        NavigableSet<ChatDocument.SortKey> union = new TreeSet<>();
        narrowest.forEach(posting -> union.addAll(posting.keys()));
        return union;
    }

    /** The postings whose union holds every chat the lookup can match, or {@code null} for all chats. */
    private List<Posting> postings(SearchLookup lookup) {
        if (lookup instanceof SearchLookup.Exact exact) {
            String value = exactKey(exact.value());
            return value == null ? null : withAside(exact.field(), List.of(entry(exact.field(), value)));
        }
        if (lookup instanceof SearchLookup.Words words) {
            return wordPostings(words);
        }
        return null;
    }

    private List<Posting> wordPostings(SearchLookup.Words words) {
        SearchWords.Needed needed = SearchWords.needed(words.text());
        if (needed == null) {
            return null;
        }
        String narrowest = null;
        int narrowestSize = Integer.MAX_VALUE;
        for (String word : needed.whole()) {
            Posting posting = postings.get(entry(words.field(), word));
            int size = posting == null ? 0 : posting.size().get();
            if (size < narrowestSize) {
                narrowest = word;
                narrowestSize = size;
            }
        }
        if (narrowest != null) {
            return withAside(words.field(), List.of(entry(words.field(), narrowest)));
        }
        String from = entry(words.field(), needed.prefix());
        Collection<String> starting = postings.subMap(from, true, from + Character.MAX_VALUE, true).keySet();
        return withAside(words.field(), new ArrayList<>(starting));
    }

    private List<Posting> withAside(Field field, List<String> entries) {
        List<Posting> found = new ArrayList<>(entries.size() + 1);
        for (String entry : entries) {
            Posting posting = postings.get(entry);
            if (posting != null) {
                found.add(posting);
            }
        }
        Posting aside = postings.get(entry(field, ASIDE));
        if (aside != null && aside.size().get() > 0) {
            found.add(aside);
        }
        return found;
    }

    /** Every entry a chat is indexed under. */
    private static Set<String> entries(ChatDocument chat) {
        Set<String> entries = new HashSet<>();
        addWords(entries, Field.TEXT, chat.searchableTexts());
        addWords(entries, Field.AGENT_NAMES, chat.agentNames());
        addWords(entries, Field.VISITOR_NAME, List.of(chat.visitorName()));
        for (Map.Entry<Field, String> exact : Map.of(Field.VISITOR_EMAIL, chat.visitorEmail(),
                Field.CHAT_TYPE, chat.type(), Field.RATING, chat.rating()).entrySet()) {
            String value = exactKey(exact.getValue());
            entries.add(entry(exact.getKey(), value == null ? ASIDE : value));
        }
        return entries;
    }

    private static void addWords(Set<String> entries, Field field, List<ChatDocument.SearchText> texts) {
        for (ChatDocument.SearchText text : texts) {
            List<String> words = SearchWords.of(text);
            if (words == null) {
                entries.add(entry(field, ASIDE));
            } else {
                words.forEach(word -> entries.add(entry(field, word)));
            }
        }
    }

    /**
     * The key under which {@link String#equalsIgnoreCase} finds a value: each {@code char} upper- then
     * lower-cased, as it compares them; {@code null} for a value with surrogates, which it compares otherwise.
     */
    static String exactKey(String value) {
        StringBuilder key = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            key.append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return key.toString();
    }

    private static String entry(Field field, String value) {
        return field.ordinal() + "" + SEPARATOR + value;
    }
}
