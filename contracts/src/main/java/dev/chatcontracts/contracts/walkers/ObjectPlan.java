package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.names.NameIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How to walk an object against one schema: the candidates (the distinct outcomes of the ways its
 * oneOf/anyOf could be chosen), a rule per name that matters, and the facts that choose: the bit of
 * each {@code required} name of a member, the slot of each discriminator property.
 */
final class ObjectPlan {

    private static final int MAX_CACHED_DECISIONS = 1024;

    private final WalkPlanner planner;

    final JsonNode schema;
    final List<Candidate> candidates;
    final Map<String, Integer> factBits;
    final Map<String, Integer> discriminatorSlots;
    final Map<String, FieldRule> rules = new HashMap<>();
    final FieldRule otherRule;
    /** {@link #rules} again, for the lookup of every field: a name is found by identity (both sides interned). */
    private final NameIndex<FieldRule> ruleIndex;
    final boolean inert;
    final boolean undecidable;
    /**
     * Whether an object of several candidates may be walked as if one of them were chosen ({@link #guess()}), by a walk
     * that starts again without guessing when the choice turns out different: every field is walked, if at all, with
     * one schema whatever the candidate, and no candidate walks additional properties.
     */
    final boolean guessable;
    private final Map<Candidate, Integer> candidateIndexes = new LinkedHashMap<>();
    private final Map<Identities, Integer> effectiveIndexes = new HashMap<>();
    private final Map<List<Object>, Integer> decisions = new ConcurrentHashMap<>();
    /** The last decision made, for any thread (a record: published whole or not at all). */
    private volatile Decision lastDecision;
    /**
     * Whether the last two decisions chose alike: a hint for guessing, written by any thread without synchronisation
     * (a stale value only makes a guess less likely to hold); written only when it changes.
     */
    private boolean steady;

    ObjectPlan(WalkPlanner planner, JsonNode schema, List<List<JsonNode>> effectives, Map<String, Integer> factBits,
            Map<String, Integer> discriminatorSlots, boolean undecidable) {
        this.planner = planner;
        this.schema = schema;
        this.factBits = factBits;
        this.discriminatorSlots = discriminatorSlots;
        this.undecidable = undecidable;
        for (List<JsonNode> effective : effectives) {
            Integer index = candidateIndexes.putIfAbsent(planner.candidate(effective), candidateIndexes.size());
            effectiveIndexes.put(new Identities(effective), index == null ? candidateIndexes.size() - 1 : index);
        }
        this.candidates = List.copyOf(candidateIndexes.keySet());
        Set<String> names = new HashSet<>(factBits.keySet());
        names.addAll(discriminatorSlots.keySet());
        candidates.forEach(c -> names.addAll(c.properties().keySet()));
        // interned, as Jackson's parsers intern the names they read: a lookup finds its key by identity
        for (String name : new TreeSet<>(names)) {
            rules.put(name.intern(), new FieldRule(name, rules.size(), candidates, factBits.getOrDefault(name, -1),
                    discriminatorSlots.getOrDefault(name, -1)));
        }
        this.otherRule = new FieldRule(null, -1, candidates, -1, -1);
        this.ruleIndex = new NameIndex<>(rules);
        this.inert = !undecidable && otherRule.inert && rules.values().stream().allMatch(r -> r.inert);
        this.guessable = !undecidable && candidates.size() > 1 && candidates.stream().allMatch(c -> c.additional() == null)
                && otherRule.distinct.length <= 1 && rules.values().stream().allMatch(r -> r.distinct.length <= 1);
    }

    /**
     * The candidate the last two decisions chose, alike (objects at one place mostly choose alike); -1 when they
     * differed or fewer were made.
     */
    int guess() {
        Decision last = lastDecision;
        return last == null || !steady ? -1 : last.chosen;
    }

    FieldRule rule(String name) {
        FieldRule rule = ruleIndex.get(name);
        return rule == null ? otherRule : rule;
    }

    /**
     * The index of the candidate an object with these facts chooses. The last decision is kept aside: objects
     * of one array mostly have the same facts, and then no key is made nor hashed.
     */
    int decide(long present, String[] discriminators) {
        Decision last = lastDecision;
        if (last != null && last.present == present && Arrays.equals(last.discriminators, discriminators)) {
            if (!steady) {
                steady = true;
            }
            return last.chosen;
        }
        List<Object> key = Arrays.asList(present, discriminators == null ? null : Arrays.asList(discriminators));
        Integer chosen = decisions.get(key);
        if (chosen == null) {
            chosen = indexOf(planner.branches().effective(schema, new FactsInstance(this, present, discriminators)));
            if (decisions.size() < MAX_CACHED_DECISIONS) {
                decisions.put(key, chosen);
            }
        }
        boolean alike = last != null && last.chosen == chosen;
        if (steady != alike) {
            steady = alike;
        }
        lastDecision = new Decision(present, discriminators == null ? null : discriminators.clone(), chosen);
        return chosen;
    }

    /** A decision made: the facts (a copy, never changed) and the candidate they chose. */
    private record Decision(long present, String[] discriminators, int chosen) {
    }

    private int indexOf(List<JsonNode> effective) {
        Integer index = effectiveIndexes.get(new Identities(effective));
        if (index == null) {
            index = candidateIndexes.get(planner.candidate(effective));
        }
        if (index == null) {
            throw new IllegalStateException("no candidate planned for the effective schemas " + effective);
        }
        return index;
    }

    /**
     * What an object's fields come to under one candidate set of branches: the walk of each declared
     * property (the first declaration in schema order), the walk of additional properties, whether the
     * object is closed. Equal candidates give equal results.
     */
    record Candidate(Map<String, SchemaWalk> properties, SchemaWalk additional, boolean closed) {
        // written out: a record's own equals and hashCode are linked through invokedynamic on first use, which
        // generates classes while the CLI starts (benchmarks README, eighth pass)
        @Override
        public boolean equals(Object other) {
            return other instanceof Candidate that && closed == that.closed && properties.equals(that.properties)
                    && java.util.Objects.equals(additional, that.additional);
        }

        @Override
        public int hashCode() {
            return (31 * properties.hashCode() + java.util.Objects.hashCode(additional)) * 31 + Boolean.hashCode(closed);
        }
    }

    /** A list of schema nodes compared by identity. */
    private record Identities(List<JsonNode> nodes) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Identities that) || that.nodes.size() != nodes.size()) {
                return false;
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) != that.nodes.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (JsonNode node : nodes) {
                hash = 31 * hash + System.identityHashCode(node);
            }
            return hash;
        }
    }

    /** An object seen through its facts: the plan's names present, its discriminator values. */
    private record FactsInstance(ObjectPlan plan, long present, String[] discriminators) implements SchemaBranches.Instance {
        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public boolean typeFits(String type) {
            return SchemaBranches.typeFits(type, "object");
        }

        @Override
        public boolean has(String name) {
            Integer bit = plan.factBits.get(name);
            if (bit == null) {
                throw new IllegalStateException("not a planned fact: " + name);
            }
            return (present & 1L << bit) != 0;
        }

        @Override
        public String text(String name) {
            Integer slot = plan.discriminatorSlots.get(name);
            if (slot == null) {
                throw new IllegalStateException("not a planned discriminator: " + name);
            }
            return discriminators[slot];
        }
    }
}
