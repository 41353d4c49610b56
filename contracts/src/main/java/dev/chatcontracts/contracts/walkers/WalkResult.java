package dev.chatcontracts.contracts.walkers;

import java.util.List;
import java.util.Set;

/**
 * What {@link InstanceWalker} saw in a body.
 *
 * @param unknownPointers pointers of fields the schema does not declare, in body order
 * @param unknownPaths the same fields as paths ({@code *} for indexes and map keys)
 * @param seenPaths paths of the declared fields the body carries
 * @param readOnlyPointers pointers of the outermost {@code readOnly} fields the body carries
 */
public record WalkResult(List<String> unknownPointers, Set<String> unknownPaths, Set<String> seenPaths,
        List<String> readOnlyPointers) {

    public WalkResult {
        unknownPointers = List.copyOf(unknownPointers);
        unknownPaths = Set.copyOf(unknownPaths);
        seenPaths = seenPaths instanceof DistinctPaths ? seenPaths : Set.copyOf(seenPaths);
        readOnlyPointers = List.copyOf(readOnlyPointers);
    }
}
