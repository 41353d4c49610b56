package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each entry of a HAR file's {@code log.entries} lies, found in one streaming pass that skips
 * values without keeping them (a 100 MB body is skipped, not read). Each entry is then read on its own
 * from its byte range, so one broken or oversized entry does not stop the others.
 *
 * @param spans the entries found, in order
 * @param failure why the scan stopped early, or null when the whole file was scanned
 * @param failureTooDeep whether the failure is nesting beyond the scan's limit
 */
record HarIndex(List<Span> spans, String failure, boolean failureTooDeep) {

    /** Entry {@code index} lies in bytes {@code [start, end)}. */
    record Span(int index, long start, long end) {
    }

    /** How deep the scan follows nesting; deeper files are reported as {@code capture.tooDeep}. */
    static final int SCAN_DEPTH_LIMIT = 100_000;

    private static final JsonFactory SCANNER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SCAN_DEPTH_LIMIT).build())
            .build();

    HarIndex {
        spans = List.copyOf(spans);
    }

    static HarIndex scan(Path file) {
        List<Span> spans = new ArrayList<>();
        try (JsonParser parser = SCANNER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new HarIndex(spans, "not a HAR file: the top level is not a JSON object", false);
            }
            boolean sawEntries = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && "log".equals(name)) {
                    sawEntries |= scanLog(parser, spans);
                } else {
                    parser.skipChildren();
                }
            }
            return sawEntries ? new HarIndex(spans, null, false)
                    : new HarIndex(spans, "not a HAR file: no log.entries array", false);
        } catch (StreamConstraintsException e) {
            return new HarIndex(spans, "nested deeper than " + SCAN_DEPTH_LIMIT + " levels" + where(e.getLocation()), true);
        } catch (JsonProcessingException e) {
            return new HarIndex(spans, "not valid JSON (truncated or malformed)" + where(e.getLocation()), false);
        } catch (IOException e) {
            return new HarIndex(spans, "cannot be read: " + e.getMessage(), false);
        }
    }

    private static boolean scanLog(JsonParser parser, List<Span> spans) throws IOException {
        boolean sawEntries = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("entries".equals(name) && value == JsonToken.START_ARRAY) {
                sawEntries = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long start = parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    spans.add(new Span(spans.size(), start, parser.currentLocation().getByteOffset()));
                }
            } else {
                parser.skipChildren();
            }
        }
        return sawEntries;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                + " (byte " + location.getByteOffset() + ")";
    }
}
