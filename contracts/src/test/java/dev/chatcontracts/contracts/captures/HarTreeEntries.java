package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference the HAR readers are held to: each entry read whole as a tree with the capture's limits, then
 * mapped from the tree (what {@link HarCapture} did before it read entries as streams).
 */
final class HarTreeEntries {

    private HarTreeEntries() {
    }

    /** The entries of a HAR read as trees; the entry for a file broken after its last entry is the capture's. */
    static List<CaptureEntry> read(Path har, ValidationOptions options) {
        long base64Chars = options.maxBodyBytes() / 3 * 4 + 1024;
        ObjectMapper mapper = JsonMapper.builder(BodyParser.limitedFactory(options.maxNestingDepth(),
                (int) Math.min(Integer.MAX_VALUE - 64, base64Chars))).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        HarIndex index = HarIndex.scan(har);
        List<CaptureEntry> entries = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(har)) {
            for (HarIndex.Span span : index.spans()) {
                entries.add(entry(mapper, channel, span, har.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index.failure() != null) {
            List<CaptureEntry> captured = HarStreamedEntries.read(har, options);
            entries.add(captured.get(captured.size() - 1));
        }
        return entries;
    }

    private static CaptureEntry entry(ObjectMapper mapper, FileChannel channel, HarIndex.Span span, String file) {
        ExchangeSource source = ExchangeSource.harEntry(file, span.index());
        JsonParser parser = null;
        try (InputStream in = new SliceInputStream(channel, span.start(), span.end())) {
            parser = mapper.createParser(in);
            JsonNode entry = mapper.readTree(parser);
            return map(entry == null ? mapper.nullNode() : entry, source);
        } catch (StreamConstraintsException e) {
            return HarCapture.limitExceeded(source, parser, e);
        } catch (JsonProcessingException e) {
            return CaptureEntry.Unreadable.of(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, "notJson",
                    "source", source.describe(), "offset", span.start()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaptureEntry map(JsonNode entry, ExchangeSource source) {
        if (!entry.isObject()) {
            return HarEntryMapper.notAnObject(source);
        }
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        return HarEntryMapper.map(source, new HarEntryMapper.Parts(request.path("method"), request.path("url"),
                request.path("headers"), HarEntryMapper.BodyText.held(request.path("postData")), response.isObject(),
                response.path("status"), response.path("headers"), response.path("content").path("mimeType"),
                HarEntryMapper.BodyText.held(response.path("content"))));
    }
}
