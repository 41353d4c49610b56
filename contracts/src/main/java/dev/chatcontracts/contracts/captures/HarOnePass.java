package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A HAR file's entries read in one pass over the file, for as long as that gives what {@link HarCapture}'s two passes
 * give (the {@link HarIndex index} of the entries' byte ranges, then each range parsed on its own): a capture of
 * ordinary entries is then read once instead of twice (the index's pass was 13 % of the main thread's samples in a
 * profile of the {@code validate} CLI on a HAR of 10,000 small exchanges).
 *
 * <p>Each entry is read where it lies, with its bodies held ({@link HarStreamedEntryReader#readInPlace}), by a parser
 * with the limits of the entry's own parser (nesting three levels deeper, for the root object, {@code log} and {@code
 * entries} around an entry) and strings no longer than the streaming threshold. The pass stops, and says how many
 * entries it gave, at the first thing it cannot give as the two passes would: a file that is not a HAR object with a
 * {@code log.entries} array, JSON that is broken or past a limit anywhere (an entry past a limit becomes an unreadable
 * entry of its own in the two passes), an entry larger than the streaming threshold (its bodies are left in the
 * file) and an entry that is a string (the index's range of it ends at its opening quote). {@link HarCapture} then reads the rest from the index, from the entry where the pass stopped. An entry is given
 * only once it was read whole, so nothing given has to be taken back.
 */
final class HarOnePass {

    /** The levels above an entry: the root object, {@code log}, {@code entries}. */
    private static final int LEVELS_ABOVE_AN_ENTRY = 3;

    private final JsonFactory factory;
    private final long streamingThresholdBytes;

    /**
     * @param maxNestingDepth the nesting limit of an entry's parser
     * @param maxStringLength the string length limit of an entry's parser
     * @param streamingThresholdBytes entries larger than this are not read by the pass
     */
    HarOnePass(int maxNestingDepth, int maxStringLength, long streamingThresholdBytes) {
        this.streamingThresholdBytes = streamingThresholdBytes;
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth((int) Math.min(Integer.MAX_VALUE, (long) maxNestingDepth + LEVELS_ABOVE_AN_ENTRY))
                        .maxStringLength((int) Math.min(maxStringLength, streamingThresholdBytes))
                        .build())
                .build();
    }

    /**
     * What the pass gave.
     *
     * @param given the entries given to the sink, the first that many of the file
     * @param whole whether those are all the file's entries and the file is a HAR the index reads without a failure
     */
    record Outcome(int given, boolean whole) {
    }

    /** Reads the entries of {@code file} (named {@code name} in their sources) into {@code sink} while it can. */
    Outcome read(Path file, String name, HarStreamedEntryReader reader, Consumer<CaptureEntry> sink) {
        Counter given = new Counter();
        try (JsonParser parser = factory.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Outcome(0, false);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && "log".equals(field)) {
                    if (!log(parser, name, reader, sink, given)) {
                        return new Outcome(given.count, false);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return new Outcome(given.count, given.sawEntries);
        } catch (IOException e) {
            return new Outcome(given.count, false);
        }
    }

    /** Reads the entries of the {@code log} object the parser is at; false when it stopped at an entry it does not read. */
    private boolean log(JsonParser parser, String name, HarStreamedEntryReader reader, Consumer<CaptureEntry> sink,
            Counter given) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!"entries".equals(field) || value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            given.sawEntries = true;
            for (JsonToken first = parser.nextToken(); first != JsonToken.END_ARRAY; first = parser.nextToken()) {
                if (first == JsonToken.VALUE_STRING) {
                    return false; // the index's range of a string ends at its opening quote: it reads "not JSON"
                }
                long start = parser.currentTokenLocation().getByteOffset();
                CaptureEntry entry = reader.readInPlace(parser, ExchangeSource.harEntry(name, given.count));
                if (parser.currentLocation().getByteOffset() - start > streamingThresholdBytes) {
                    return false;
                }
                sink.accept(entry);
                given.count++;
            }
        }
        return true;
    }

    /** The entries given so far, and whether a {@code log.entries} array was seen. */
    private static final class Counter {
        int count;
        boolean sawEntries;
    }
}
