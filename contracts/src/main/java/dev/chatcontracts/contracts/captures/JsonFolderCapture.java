package dev.chatcontracts.contracts.captures;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Captured responses as files: each {@code <name>.json} is a response body, described by its sidecar
 * {@code <name>.meta.json} ({@link Sidecar}). A folder is read in file-name order (not recursively);
 * a response without a sidecar, or a sidecar without a response, is one unreadable entry. A response
 * file larger than the body size limit is reported without being read; one larger than the streaming
 * threshold is not held in memory but read from the file while it is validated.
 */
public final class JsonFolderCapture implements CaptureSource {

    private final Path location;
    private final List<Path> files;
    private final Contracts contracts;
    private final long maxBodyBytes;
    private final ValidationOptions options;

    private JsonFolderCapture(Path location, List<Path> files, Contracts contracts, ValidationOptions options) {
        this.location = location;
        this.files = List.copyOf(files);
        this.contracts = contracts;
        this.maxBodyBytes = options.maxBodyBytes();
        this.options = options;
    }

    /** Every {@code .json} file of a folder (responses and sidecars), sorted by name. */
    public static JsonFolderCapture folder(Path folder, Contracts contracts, ValidationOptions options) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> json = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            return new JsonFolderCapture(folder, json, contracts, options);
        }
    }

    /** One response file (or its sidecar). */
    public static JsonFolderCapture file(Path file, Contracts contracts, ValidationOptions options) {
        return new JsonFolderCapture(file, List.of(file), contracts, options);
    }

    /** Whether the folder holds any capture files. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public String name() {
        return location.toString();
    }

    @Override
    public void read(Consumer<CaptureEntry> sink) {
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(Sidecar.SUFFIX)) {
                sink.accept(readResponse(file));
            } else if (!Files.exists(responseOf(file))) {
                FindingMessage why = FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, "sidecarAlone", "source", file,
                        "response", responseOf(file).getFileName());
                sink.accept(CaptureEntry.Unreadable.of(ExchangeSource.file(file.toString()), why));
            }
        }
    }

    private CaptureEntry readResponse(Path file) {
        ExchangeSource source = ExchangeSource.file(file.toString());
        Path sidecarFile = Sidecar.of(file);
        if (!Files.exists(sidecarFile)) {
            return unreadable(source, "noSidecar", "source", file, "sidecar", sidecarFile.getFileName());
        }
        Sidecar sidecar;
        try {
            sidecar = Sidecar.read(sidecarFile);
        } catch (IOException e) {
            return unreadable(source, "badSidecar", "sidecar", sidecarFile, "error", safeMessage(e));
        }
        Optional<String> url = requestUrl(sidecar);
        String method = sidecar.url() != null ? sidecar.method() : contracts.operation(sidecar.operationId())
                .map(OperationMatch::operation).map(o -> o.method()).orElse(null);
        if (url.isEmpty() || method == null) {
            return CaptureEntry.Unreadable.of(source, FindingMessage.variant(FindingKeys.REQUEST_OPERATION_UNKNOWN, "sidecar",
                    "file", file, "operationId", sidecar.operationId()));
        }
        try {
            long size = Files.size(file);
            if (size > maxBodyBytes) {
                FindingMessage why = FindingMessage.variant(FindingKeys.RESPONSE_BODY_TOO_LARGE, "file", "file", file,
                        "size", size, "limit", maxBodyBytes);
                return new CaptureEntry.Unreadable(source, why, method, Redactor.redactUrl(url.get()));
            }
            Exchange.Builder exchange = Exchange.builder().request(method, url.get()).status(sidecar.status())
                    .responseHeader("Content-Type", sidecar.contentType() == null ? "application/json" : sidecar.contentType())
                    .responseBody(options.streams(size) ? Body.ofFile(file) : Body.wrap(Files.readAllBytes(file)))
                    .source(source);
            if (sidecar.requestBody() != null) {
                exchange.requestHeader("Content-Type", "application/json").requestBody(JsonTrees.text(sidecar.requestBody()));
            }
            return new CaptureEntry.Captured(exchange.build());
        } catch (IOException e) {
            return unreadable(source, null, "source", file, "error", e.getMessage());
        }
    }

    private Optional<String> requestUrl(Sidecar sidecar) {
        return sidecar.url() != null ? Optional.of(sidecar.url()) : contracts.exampleUrl(sidecar.operationId());
    }

    /** The response file a sidecar describes: {@code chats.meta.json} describes {@code chats.json}. */
    public static Path responseOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - Sidecar.SUFFIX.length()) + ".json");
    }

    private static CaptureEntry unreadable(ExchangeSource source, String variant, Object... namesAndValues) {
        return CaptureEntry.Unreadable.of(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, variant, namesAndValues));
    }

    /** Jackson's messages may quote the sidecar's content; keep the first line, without source excerpts. */
    private static String safeMessage(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return "not valid JSON" + (json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr());
        }
        return e.getMessage();
    }
}
