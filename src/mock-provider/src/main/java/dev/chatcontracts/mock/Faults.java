package dev.chatcontracts.mock;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Fault injection per operation, for client tests: a delay, an error status, or a dropped connection.
 * Rules apply to every call of the operation until {@link #clear()} or until {@link FaultPlan#times(int)}
 * calls have been affected.
 *
 * <pre>{@code
 * mock.faults().on("showAgent").delay(Duration.ofSeconds(2));
 * mock.faults().on("listChats").status(503).times(2);
 * mock.faults().on("createChat").dropConnection();
 * }</pre>
 */
public final class Faults {

    private final Map<Operation, FaultRule> rules = new ConcurrentHashMap<>();

    Faults() {
    }

    /**
     * Starts or extends the fault plan of an operation.
     *
     * @param operationId one of {@link Operation#ids()}, e.g. {@code showAgent}
     * @throws IllegalArgumentException for an unknown operation id
     */
    public FaultPlan on(String operationId) {
        Operation operation = Operation.byId(operationId).orElseThrow(() -> new IllegalArgumentException(
                "Unknown operation id '" + operationId + "'; known: " + Operation.ids()));
        return on(operation);
    }

    /** Starts or extends the fault plan of an operation. */
    public FaultPlan on(Operation operation) {
        return new FaultPlan(this, operation);
    }

    /** Removes every fault rule. */
    public void clear() {
        rules.clear();
    }

    /** Removes the fault rule of one operation. */
    public void clear(String operationId) {
        Operation.byId(operationId).ifPresent(rules::remove);
    }

    void update(Operation operation, UnaryOperator<FaultRule> change) {
        rules.compute(operation, (op, rule) -> change.apply(rule == null ? FaultRule.NONE : rule));
    }

    /** The rule to apply to this call, counting the call against {@code times}. */
    Optional<FaultRule> consume(Operation operation) {
        if (rules.isEmpty()) {
            return Optional.empty(); // the usual case: no lambda, no array
        }
        FaultRule[] applied = new FaultRule[1];
        rules.computeIfPresent(operation, (op, rule) -> {
            applied[0] = rule;
            return rule.afterUse();
        });
        return Optional.ofNullable(applied[0]);
    }
}
