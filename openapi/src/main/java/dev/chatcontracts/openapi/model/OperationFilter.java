package dev.chatcontracts.openapi.model;

import dev.chatcontracts.openapi.model.SpecException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operations to generate for, with the plugin's semantics: both sets empty ({@link #ALL})
 * selects every operation; otherwise an operation is selected when its id is listed or one of its
 * tags is listed (either selects, as in the {@code generate-client} goal).
 *
 * @param operationIds operation ids to select
 * @param tags tags whose operations to select
 */
public record OperationFilter(Set<String> operationIds, Set<String> tags) {

    /** No restriction. */
    public static final OperationFilter ALL = new OperationFilter(Set.of(), Set.of());

    public OperationFilter {
        operationIds = Set.copyOf(operationIds);
        tags = Set.copyOf(tags);
    }

    /** Only these operations. */
    public static OperationFilter operations(String... operationIds) {
        return new OperationFilter(Set.of(operationIds), Set.of());
    }

    /** Only the operations with one of these tags. */
    public static OperationFilter tags(String... tags) {
        return new OperationFilter(Set.of(), Set.of(tags));
    }

    /** Whether the filter keeps every operation. */
    public boolean isAll() {
        return operationIds.isEmpty() && tags.isEmpty();
    }

    /** Whether {@code operation} is kept. */
    public boolean selects(ApiOperation operation) {
        return isAll() || operationIds.contains(operation.operationId()) || operation.tags().stream().anyMatch(tags::contains);
    }

    /**
     * Fails when the filter names an operation id or tag that no spec has: a misspelt filter would
     * otherwise silently generate nothing.
     *
     * @throws SpecException naming the unknown ids or tags
     */
    public void requireKnown(Collection<ApiOperation> all) {
        Set<String> unknownIds = new TreeSet<>(operationIds);
        Set<String> unknownTags = new TreeSet<>(tags);
        all.forEach(operation -> {
            unknownIds.remove(operation.operationId());
            operation.tags().forEach(unknownTags::remove);
        });
        if (!unknownIds.isEmpty()) {
            throw new SpecException("filter.operation.unknown", "filter", "no spec has the operations " + unknownIds);
        }
        if (!unknownTags.isEmpty()) {
            throw new SpecException("filter.tag.unknown", "filter", "no operation has the tags " + unknownTags);
        }
    }
}
