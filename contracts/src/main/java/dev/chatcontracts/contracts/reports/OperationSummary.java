package dev.chatcontracts.contracts.reports;

/**
 * Counts for one operation ({@code (no operation)} for exchanges that matched none).
 *
 * @param operation the operation id or {@code (no operation)}
 * @param exchanges exchanges checked
 * @param errors ERROR findings
 * @param warnings WARNING findings
 * @param infos INFO findings
 */
public record OperationSummary(String operation, int exchanges, long errors, long warnings, long infos) {
}
