package dev.chatcontracts.contracts.captures;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Opens the files and folders a user names as capture sources:
 *
 * <ul>
 *   <li>a {@code .har} file: one {@link HarCapture};</li>
 *   <li>a {@code .json} file: that captured response with its sidecar (a {@code .meta.json} stands for
 *       its response);</li>
 *   <li>a folder: its {@code .json} responses as one {@link JsonFolderCapture}, then each of its
 *       {@code .har} files, in name order; sub-folders are not read;</li>
 *   <li>anything else (missing, unreadable, another extension): one {@code capture.unreadable} entry.</li>
 * </ul>
 */
public final class Captures {

    private Captures() {
    }

    public static List<CaptureSource> open(List<Path> paths, Contracts contracts, ValidationOptions options) {
        List<CaptureSource> sources = new ArrayList<>();
        paths.forEach(path -> sources.addAll(open(path, contracts, options)));
        return sources;
    }

    public static List<CaptureSource> open(Path path, Contracts contracts, ValidationOptions options) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return folder(path, contracts, options);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return List.of(failed(path, why("missing", "source", path)));
        }
        if (name.endsWith(".har")) {
            return List.of(new HarCapture(path, options));
        }
        if (name.endsWith(Sidecar.SUFFIX)) {
            return List.of(JsonFolderCapture.file(JsonFolderCapture.responseOf(path), contracts, options));
        }
        if (name.endsWith(".json")) {
            return List.of(JsonFolderCapture.file(path, contracts, options));
        }
        return List.of(failed(path, why("notCapture", "source", path, "sidecarSuffix", Sidecar.SUFFIX)));
    }

    private static List<CaptureSource> folder(Path folder, Contracts contracts, ValidationOptions options) {
        List<CaptureSource> sources = new ArrayList<>();
        try {
            JsonFolderCapture responses = JsonFolderCapture.folder(folder, contracts, options);
            if (!responses.isEmpty()) {
                sources.add(responses);
            }
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".har"))
                        .filter(Files::isRegularFile).sorted().forEach(har -> sources.add(new HarCapture(har, options)));
            }
        } catch (IOException e) {
            return List.of(failed(folder, why("notListed", "source", folder, "error", e.getMessage())));
        }
        return sources.isEmpty() ? List.of(failed(folder, why("empty", "source", folder))) : sources;
    }

    /** A source of one unreadable entry. */
    static CaptureSource failed(Path path, FindingMessage why) {
        return new CaptureSource() {
            @Override
            public String name() {
                return path.toString();
            }

            @Override
            public void read(Consumer<CaptureEntry> sink) {
                sink.accept(CaptureEntry.Unreadable.of(ExchangeSource.file(path.toString()), why));
            }
        };
    }

    private static FindingMessage why(String variant, Object... namesAndValues) {
        return FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, variant, namesAndValues);
    }
}
