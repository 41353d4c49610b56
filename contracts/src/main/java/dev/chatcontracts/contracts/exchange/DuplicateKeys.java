package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A parser that notes every name an object has more than once (JSON readers keep one of the values, Jackson
 * the last), as the JSON pointer of the repeated member, while its tokens are read: for a tree, as
 * {@code readTree} reads them; for a body the checks read, in the one pass of the schema check. Memory: the names of the objects
 * open at a time, each object's at most {@value #MAX_NAMES_PER_OBJECT} (names after that are not compared);
 * at most {@value #MAX_REPORTED} pointers are kept.
 */
public final class DuplicateKeys extends JsonParserDelegate {

    static final int MAX_NAMES_PER_OBJECT = 100_000;
    static final int MAX_REPORTED = 100;
    /** The spare name sets of this thread's last body, each cleared (they keep no name once their object ends). */
    private static final ThreadLocal<Names[]> SPARE = new ThreadLocal<>();

    /** The names seen in each open container ({@code open[0..depth)}); null for an array. Reused across objects. */
    private Names[] open = new Names[8];
    /**
     * Spare name sets by depth, so that an object does not cost a new set; taken from {@link #SPARE} when the
     * first value starts, handed back when it ends, so that the next body read on this thread reuses them.
     */
    private Names[] spare;
    private int depth;
    private final List<String> pointers = new ArrayList<>();
    private final TokenListener listener;
    private Set<Long> dropped;

    DuplicateKeys(JsonParser parser) {
        this(parser, null);
    }

    private DuplicateKeys(JsonParser parser, TokenListener listener) {
        super(parser);
        this.listener = listener;
    }

    /**
     * A parser that notes the repeated members of what is read through it and hands each token to {@code
     * listener} as it is read: one pass for every reader of the body.
     */
    public static DuplicateKeys watching(JsonParser parser, TokenListener listener) {
        return new DuplicateKeys(parser, listener);
    }

    /**
     * A parser that reads the body as a tree keeps it: the members at {@code dropped} ({@link
     * EarlierOccurrences}) are passed over, names and values, unseen by {@code listener}.
     */
    public static DuplicateKeys keepingLast(JsonParser parser, Set<Long> dropped, TokenListener listener) {
        DuplicateKeys keys = new DuplicateKeys(parser, listener);
        keys.dropped = dropped;
        return keys;
    }

    /** A parser that notes the repeated members of what is read through it (see {@link #pointers()}). */
    public static DuplicateKeys watching(JsonParser parser) {
        return new DuplicateKeys(parser);
    }

    /** The pointers of the repeated members in a stream read to its end (its own pass). */
    public static List<String> scan(JsonParser parser) throws IOException {
        DuplicateKeys keys = new DuplicateKeys(parser);
        while (keys.nextToken() != null) {
            // the tokens are all the pass needs
        }
        return keys.pointers();
    }

    /** The repeated members seen so far, in document order. */
    public List<String> pointers() {
        return pointers.isEmpty() ? List.of() : List.copyOf(pointers);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        while (token == JsonToken.FIELD_NAME && dropped != null
                && dropped.contains(EarlierOccurrences.offset(delegate.currentTokenLocation()))) {
            delegate.nextToken();
            delegate.skipChildren();
            token = delegate.nextToken();
        }
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT -> push(true);
            case START_ARRAY -> push(false);
            case END_OBJECT, END_ARRAY -> pop();
            case FIELD_NAME -> {
                name(delegate.currentName());
                return token;
            }
            default -> {
            }
        }
        if (listener != null) {
            listener.token(token, delegate);
        }
        return token;
    }

    /** A member's name: the listener hears it and may tell whether it is repeated; else the names of the object do. */
    private void name(String name) throws IOException {
        int told = listener == null ? TokenListener.UNTOLD : listener.name(name, delegate);
        if (told == TokenListener.UNTOLD) {
            note(name);
        } else if (told == TokenListener.REPEATED) {
            repeated();
        }
    }

    private void push(boolean object) {
        if (spare == null) {
            spare = SPARE.get();
            SPARE.set(null);
            spare = spare != null && spare.length >= open.length ? spare : new Names[open.length];
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            spare = Arrays.copyOf(spare, depth * 2);
        }
        Names names = null;
        if (object) {
            names = spare[depth];
            if (names == null) {
                names = new Names();
                spare[depth] = names;
            }
        }
        open[depth++] = names;
    }

    private void pop() {
        if (depth > 0) {
            Names names = open[--depth];
            if (names != null) {
                names.clear();
            }
            open[depth] = null;
            if (depth == 0) {
                SPARE.set(spare);
                spare = null;
            }
        }
    }

    private void note(String name) {
        Names names = depth == 0 ? null : open[depth - 1];
        if (names == null || names.size() >= MAX_NAMES_PER_OBJECT) {
            return;
        }
        if (!names.add(name)) {
            repeated();
        }
    }

    private void repeated() {
        if (pointers.size() < MAX_REPORTED) {
            pointers.add(delegate.getParsingContext().pathAsPointer().toString());
        }
    }

    // every way of moving on goes through nextToken, so that no name is missed

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            }
        }
        return this;
    }

    /**
     * The names of one object, in a table of open addressing: a name is first compared by identity (the parser
     * gives the same instance for the same name), then by its cached hash and its characters. The table is
     * kept, emptied, for the next object (up to {@value #KEPT} slots); emptying clears only the slots used.
     */
    private static final class Names {
        private static final int INITIAL = 32;
        private static final int KEPT = 2048;
        private String[] table = new String[INITIAL];
        /** The slots in use, in the order filled, so that clearing does not sweep the whole table. */
        private int[] used = new int[INITIAL / 2];
        private int size;

        void clear() {
            if (table.length > KEPT) {
                table = new String[INITIAL];
                used = new int[INITIAL / 2];
            } else {
                for (int i = 0; i < size; i++) {
                    table[used[i]] = null;
                }
            }
            size = 0;
        }

        int size() {
            return size;
        }

        /** Adds {@code name}; false when the object already has it. */
        boolean add(String name) {
            int hash = name.hashCode();
            int mask = table.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (String there = table[slot]; there != null; there = table[slot]) {
                if (there == name || there.hashCode() == hash && there.equals(name)) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            if (size == used.length) {
                grow();
                return add(name);
            }
            table[slot] = name;
            used[size++] = slot;
            return true;
        }

        /** Doubles the table (kept at most half full) and places the names again. */
        private void grow() {
            String[] old = table;
            int[] oldUsed = used;
            int count = size;
            table = new String[old.length * 2];
            used = new int[oldUsed.length * 2];
            size = 0;
            for (int i = 0; i < count; i++) {
                add(old[oldUsed[i]]);
            }
        }
    }
}
