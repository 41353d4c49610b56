package dev.chatcontracts.contracts.contract;

import dev.chatcontracts.openapi.model.SpecLimits;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The specs an exchange is checked against, with the matcher over all of their operations. Thread-safe. */
public final class Contracts {

    private final List<ApiContract> contracts;
    private final OperationMatcher matcher;

    private Contracts(List<ApiContract> contracts) {
        if (contracts.isEmpty()) {
            throw new IllegalArgumentException("at least one spec is needed");
        }
        this.contracts = List.copyOf(contracts);
        this.matcher = new OperationMatcher(this.contracts);
    }

    /** Both bundled specs ({@code zendesk-chat}, {@code zoho-salesiq}), loaded once per JVM and shared. */
    public static Contracts bundled() {
        return Bundled.INSTANCE;
    }

    public static Contracts of(ApiContract... contracts) {
        return new Contracts(List.of(contracts));
    }

    public static Contracts of(List<ApiContract> contracts) {
        return new Contracts(contracts);
    }

    /**
     * Both bundled specs read within {@code limits}: {@link #bundled()} for the defaults, else read now (a lowered limit
     * refuses them as it would refuse any spec).
     */
    public static Contracts bundled(SpecLimits limits) {
        if (limits.equals(SpecLimits.defaults())) {
            return bundled();
        }
        return new Contracts(ApiContract.BUNDLED.stream().map(name -> ApiContract.bundled(name, limits)).toList());
    }

    /** Specs read from files. */
    public static Contracts load(List<Path> specFiles) {
        return load(specFiles, SpecLimits.defaults());
    }

    /** Specs read from files within {@code limits}. */
    public static Contracts load(List<Path> specFiles, SpecLimits limits) {
        SpecLoader loader = new SpecLoader(limits);
        List<ApiContract> loaded = new ArrayList<>();
        specFiles.forEach(file -> loaded.add(ApiContract.of(loader.load(file))));
        return new Contracts(loaded);
    }

    public List<ApiContract> all() {
        return contracts;
    }

    /** The operation of a request line, or why there is none. */
    public MatchOutcome match(String method, String url) {
        return matcher.match(method, url);
    }

    /** The operation with this id in any of the specs (the first spec that has it). */
    public Optional<OperationMatch> operation(String operationId) {
        for (ApiContract contract : contracts) {
            Optional<Operation> operation = contract.operation(operationId);
            if (operation.isPresent()) {
                return Optional.of(new OperationMatch(contract, operation.get(), operation.get().path().template(),
                        java.util.Map.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * A URL for an operation id on the first server of its spec, variables at their defaults and path
     * parameters left as {@code {name}} (for captures that name only the operation).
     */
    public Optional<String> exampleUrl(String operationId) {
        return operation(operationId).map(m -> m.contract().servers().get(0).defaultUrl() + m.operation().path().template());
    }

    private static final class Bundled {
        static final Contracts INSTANCE = new Contracts(ApiContract.BUNDLED.stream().map(ApiContract::bundled).toList());
    }
}
