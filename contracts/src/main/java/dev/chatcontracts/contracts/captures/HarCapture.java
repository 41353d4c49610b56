package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.captures.HarStreamedEntryReader.Bodies;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A HAR 1.2 file as browsers and proxies export it. The file is first indexed ({@link HarIndex}), then
 * each entry is parsed from its byte range with limits: strings up to the body size limit (base64
 * included), nesting up to the depth limit. A file of ordinary entries gives the same entries in {@link HarOnePass
 * one pass}, which hands over to the index where it cannot go on. An entry past a limit, or that is not an exchange, becomes
 * one {@link CaptureEntry.Unreadable}; a file that stops being valid JSON yields the entries before the
 * break and one unreadable entry for the rest.
 *
 * <p>Entries are read without a tree by {@link HarStreamedEntryReader}, to what the entry read as a tree
 * would give. The bodies of an entry up to {@link ValidationOptions#streamingThresholdBytes()} are read into
 * memory; those of a larger entry stay in the file and are read when the engine opens them, so a capture of
 * any size is read in a small heap. The body strings of such an entry are not limited while it is read (the
 * engine checks the size of the bodies); its nesting still is.
 */
public final class HarCapture implements CaptureSource {

    private final Path file;
    private final JsonFactory entryParsers;
    private final long streamingThresholdBytes;
    private final HarOnePass onePass;

    public HarCapture(Path file, ValidationOptions options) {
        this.file = file;
        this.streamingThresholdBytes = options.streamingThresholdBytes();
        long base64Chars = options.maxBodyBytes() / 3 * 4 + 1024;
        int maxStringLength = (int) Math.min(Integer.MAX_VALUE - 64, base64Chars);
        this.entryParsers = BodyParser.limitedFactory(options.maxNestingDepth(), maxStringLength);
        this.onePass = new HarOnePass(options.maxNestingDepth(), maxStringLength, streamingThresholdBytes);
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void read(Consumer<CaptureEntry> sink) {
        read(sink, true);
    }

    /**
     * Reads the entries: with {@code tryOnePass}, first in {@link HarOnePass one pass} for as long as it can, then the
     * rest from the index; without, all from the index (the two passes, as tests compare).
     */
    void read(Consumer<CaptureEntry> sink, boolean tryOnePass) {
        HarIndex index;
        int given = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            HarStreamedEntryReader streamed = new HarStreamedEntryReader(file, channel);
            if (tryOnePass) {
                HarOnePass.Outcome outcome = onePass.read(file, name(), streamed, sink);
                if (outcome.whole()) {
                    return;
                }
                given = outcome.given();
            }
            index = HarIndex.scan(file);
            for (HarIndex.Span span : index.spans()) {
                if (span.index() >= given) {
                    sink.accept(readEntry(channel, span, streamed));
                }
            }
        } catch (IOException e) {
            sink.accept(CaptureEntry.Unreadable.of(ExchangeSource.file(name()), FindingMessage.of(FindingKeys.CAPTURE_UNREADABLE,
                    "source", name(), "error", e.getMessage())));
            return;
        }
        if (index.failure() != null) {
            String key = index.failureTooDeep() ? FindingKeys.CAPTURE_TOO_DEEP : FindingKeys.CAPTURE_UNREADABLE;
            int next = index.spans().size();
            FindingMessage message = next == 0 ? FindingMessage.variant(key, "broken", "source", name(), "failure", index.failure())
                    : FindingMessage.variant(key, "brokenAfter", "source", name(), "failure", index.failure(),
                            "last", next - 1, "next", next);
            sink.accept(CaptureEntry.Unreadable.of(ExchangeSource.harEntry(name(), next), message));
        }
    }

    private CaptureEntry readEntry(FileChannel channel, HarIndex.Span span, HarStreamedEntryReader streamed) {
        ExchangeSource source = ExchangeSource.harEntry(name(), span.index());
        JsonParser parser = null;
        try (InputStream in = new SliceInputStream(channel, span.start(), span.end())) {
            parser = entryParsers.createParser(in);
            boolean large = span.end() - span.start() > streamingThresholdBytes;
            return streamed.read(parser, span.start(), source, large ? Bodies.IN_FILE : Bodies.HELD);
        } catch (StreamConstraintsException e) {
            return limitExceeded(source, parser, e);
        } catch (JsonProcessingException e) {
            return CaptureEntry.Unreadable.of(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, "notJson",
                    "source", source.describe(), "offset", span.start()));
        } catch (IOException e) {
            return CaptureEntry.Unreadable.of(source, FindingMessage.of(FindingKeys.CAPTURE_UNREADABLE,
                    "source", source.describe(), "error", e.getMessage()));
        }
    }

    static CaptureEntry limitExceeded(ExchangeSource source, JsonParser parser, StreamConstraintsException e) {
        String where = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
        String limit = String.valueOf(e.getOriginalMessage());
        limit = limit.contains("\n") ? limit.substring(0, limit.indexOf('\n')) : limit;
        if (limit.contains("nesting depth")) {
            return CaptureEntry.Unreadable.of(source, FindingMessage.of(FindingKeys.CAPTURE_TOO_DEEP,
                    "source", source.describe(), "where", where, "limit", limit));
        }
        String key = where.startsWith("/response/content/text") ? FindingKeys.RESPONSE_BODY_TOO_LARGE
                : where.startsWith("/request/postData/text") ? FindingKeys.REQUEST_BODY_TOO_LARGE
                : FindingKeys.CAPTURE_TOO_LARGE;
        String variant = key.equals(FindingKeys.CAPTURE_TOO_LARGE) ? null : "capture";
        return CaptureEntry.Unreadable.of(source, FindingMessage.variant(key, variant, "source", source.describe(),
                "where", where, "limit", limit));
    }
}
