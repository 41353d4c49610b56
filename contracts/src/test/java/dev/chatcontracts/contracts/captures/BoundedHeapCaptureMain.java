package dev.chatcontracts.contracts.captures;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a JVM with a small heap by {@link BoundedHeapCaptureTest}: writes a capture folder (one large
 * List Chats response with its sidecar, and a HAR of List Chats pages), validates it as {@code validate}
 * does, and prints what it found. Arguments: folder, chats in the response file, HAR pages, chats per page,
 * and optionally {@code write-only} to stop after writing (to validate the folder with the CLI jar).
 */
public final class BoundedHeapCaptureMain {

    static final int INVALID_EVERY = 997;
    static final int UNKNOWN_EVERY = 1009;

    private BoundedHeapCaptureMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        long chats = Long.parseLong(args[1]);
        int pages = Integer.parseInt(args[2]);
        int perPage = Integer.parseInt(args[3]);
        LargeCaptures captures = new LargeCaptures(INVALID_EVERY, UNKNOWN_EVERY);
        captures.writeResponseFile(folder, "chats", chats);
        captures.writeHar(folder.resolve("pages.har"), pages, perPage);
        long bytes;
        try (var files = Files.list(folder)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        if (args.length > 4 && args[4].equals("write-only")) {
            System.out.println("bytes=" + bytes + " expected: type=" + captures.expectedErrors(chats) + "+HAR, unknown="
                    + captures.expectedUnknown(chats) + "+HAR");
            return;
        }

        ValidationOptions options = ValidationOptions.builder().maxBodyBytes(Integer.MAX_VALUE - 16).build();
        ContractValidator validator = new ContractValidator(Contracts.bundled(), options);
        ValidationReport report = new CaptureRun(validator).run(Captures.open(List.of(folder), validator.contracts(), options));

        List<Finding> findings = report.findings();
        System.out.println("bytes=" + bytes + " results=" + report.results().size()
                + " type=" + count(findings, "response.field.type")
                + " unknown=" + count(findings, "response.field.unknown")
                + " other=" + findings.stream().filter(f -> f.severity() != dev.chatcontracts.contracts.findings.Severity.INFO
                        && !f.key().equals("response.field.type") && !f.key().equals("response.field.unknown")).count()
                + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static long count(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.key().equals(key)).count();
    }
}
