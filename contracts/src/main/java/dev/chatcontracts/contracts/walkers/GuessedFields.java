package dev.chatcontracts.contracts.walkers;

import java.util.Arrays;

/**
 * The fields of an object walked with a guessed candidate ({@link ObjectPlan#guessable}), in body order: each
 * field's name and rule, where its records start in the object's collector, whether the guess walked its value
 * straight into that collector, and what was walked aside (a value the guess does not walk but another candidate
 * would). Enough to record the object again when the choice is another ({@link #recordAgain}).
 */
final class GuessedFields {

    /** The object's collector, and how much it held when the object started. */
    private final FieldCollector out;
    private final int seenMark;
    private final int unknownMark;

    private String[] names;
    private FieldRule[] rules;
    private int[] seenStarts;
    private int[] unknownStarts;
    private boolean[] direct;
    private FieldCollector[] asides;
    private int count;

    GuessedFields(int capacity, FieldCollector out) {
        this.out = out;
        this.seenMark = out.seenMark();
        this.unknownMark = out.unknownMark();
        names = new String[capacity];
        rules = new FieldRule[capacity];
        seenStarts = new int[capacity];
        unknownStarts = new int[capacity];
        direct = new boolean[capacity];
        asides = new FieldCollector[capacity];
    }

    /**
     * Notes a field whose records start now; {@code walkedDirectly}: the guess walks its value into the object's
     * collector. Returns the field's index.
     */
    int add(String name, FieldRule rule, boolean walkedDirectly) {
        if (count == names.length) {
            int capacity = count * 2;
            names = Arrays.copyOf(names, capacity);
            rules = Arrays.copyOf(rules, capacity);
            seenStarts = Arrays.copyOf(seenStarts, capacity);
            unknownStarts = Arrays.copyOf(unknownStarts, capacity);
            direct = Arrays.copyOf(direct, capacity);
            asides = Arrays.copyOf(asides, capacity);
        }
        names[count] = name;
        rules[count] = rule;
        seenStarts[count] = out.seenMark();
        unknownStarts[count] = out.unknownMark();
        direct[count] = walkedDirectly;
        return count++;
    }

    /** A new collector for field {@code index}'s value, walked aside. */
    FieldCollector aside(int index) {
        asides[index] = new FieldCollector();
        return asides[index];
    }

    /** Records field {@code name} itself (not its value) in {@code out} as candidate {@code c} has it. */
    static void recordOwn(FieldRule rule, int c, String name, FieldCollector out, FieldPath path, FieldPath[] children,
            StreamingPass pass) {
        switch (rule.kinds[c]) {
            case FieldRule.UNKNOWN -> out.unknown(pass.pointer(name), path.unknown(name));
            case FieldRule.PROPERTY -> out.seen(path.child(rule, name, children));
            default -> {
            }
        }
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
            String name = names[i];
            recordOwn(rule, chosen, name, out, path, children, pass);
            if (rule.kinds[chosen] != FieldRule.PROPERTY || rule.walkIndexes[chosen] < 0) {
                continue;
            }
            if (asides[i] != null) {
                out.addAll(asides[i]);
            } else if (direct[i]) {
                FieldPath child = path.child(rule, name, children);
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
}
