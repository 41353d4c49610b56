package dev.chatcontracts.contracts.walkers;

import java.util.Arrays;

/**
 * The fields of an object walked with a guessed candidate ({@link ObjectPlan#guessable}), in body order: each
 * field's name and rule, where its records start in the object's collector, and what was walked aside (a value
 * the guess does not walk but another candidate would). A field the guess walks ({@code walkIndexes[guess] >= 0})
 * was walked straight into the collector. Enough to record the object again when the choice is another
 * ({@link #recordAgain}).
 */
final class GuessedFields {

    /** The object's collector, and how much it held when the object started. */
    private final FieldCollector out;
    private final int seenMark;
    private final int unknownMark;
    private final int guess;

    private String[] names;
    private FieldRule[] rules;
    private int[] seenStarts;
    private int[] unknownStarts;
    /** What each field's value gave when walked aside, as {@link StreamingPass#settle} takes it (null: not walked aside). */
    private FieldCollector[][] asides;
    private int count;

    GuessedFields(int capacity, FieldCollector out, int guess) {
        this.out = out;
        this.seenMark = out.seenMark();
        this.unknownMark = out.unknownMark();
        this.guess = guess;
        names = new String[capacity];
        rules = new FieldRule[capacity];
        seenStarts = new int[capacity];
        unknownStarts = new int[capacity];
        asides = new FieldCollector[capacity][];
    }

    /** Notes a field whose records start now. Returns the field's index. */
    int add(String name, FieldRule rule) {
        if (count == names.length) {
            int capacity = count * 2;
            names = Arrays.copyOf(names, capacity);
            rules = Arrays.copyOf(rules, capacity);
            seenStarts = Arrays.copyOf(seenStarts, capacity);
            unknownStarts = Arrays.copyOf(unknownStarts, capacity);
            asides = Arrays.copyOf(asides, capacity);
        }
        names[count] = name;
        rules[count] = rule;
        seenStarts[count] = out.seenMark();
        unknownStarts[count] = out.unknownMark();
        return count++;
    }

    /** A new collector for field {@code index}'s value, walked aside (its rule walks one schema at most). */
    FieldCollector aside(int index) {
        asides[index] = new FieldCollector[] {new FieldCollector()};
        return asides[index][0];
    }

    /**
     * The object chose {@code chosen}, not the guess: takes back what its fields recorded since it started and
     * records each field as {@code chosen} has it, in body order, with what its value gave when walked. A field's
     * own path is {@code path}'s child (through {@code children}); its pointer is {@code pass}'s.
     */
    void recordAgain(int chosen, FieldPath path, FieldPath[] children, StreamingPass pass) {
        int seenEnd = out.seenMark();
        int unknownEnd = out.unknownMark();
        FieldPath[] seen = new FieldPath[seenEnd - seenMark];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = out.seenAt(seenMark + i);
        }
        String[] pointers = new String[unknownEnd - unknownMark];
        String[] paths = new String[pointers.length];
        for (int i = 0; i < pointers.length; i++) {
            pointers[i] = out.unknownPointerAt(unknownMark + i);
            paths[i] = out.unknownPathAt(unknownMark + i);
        }
        out.rollBack(seenMark, unknownMark);
        for (int i = 0; i < count; i++) {
            FieldRule rule = rules[i];
            pass.settle(rule, chosen, names[i], asides[i], path, children, out);
            if (rule.walkIndexes[guess] < 0 || rule.walkIndexes[chosen] < 0) {
                continue;
            }
            // walked by the guess straight into the collector, with the one schema the chosen candidate walks too
            FieldPath child = path.child(rule, names[i], children);
            int seenTo = i + 1 < count ? seenStarts[i + 1] : seenEnd;
            for (int s = seenStarts[i]; s < seenTo; s++) {
                if (seen[s - seenMark] != child) {
                    out.seen(seen[s - seenMark]);
                }
            }
            int unknownTo = i + 1 < count ? unknownStarts[i + 1] : unknownEnd;
            for (int u = unknownStarts[i]; u < unknownTo; u++) {
                out.unknown(pointers[u - unknownMark], paths[u - unknownMark]);
            }
        }
    }
}
