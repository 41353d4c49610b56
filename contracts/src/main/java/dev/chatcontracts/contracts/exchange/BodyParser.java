package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a body as JSON within limits: at most {@code maxBodyBytes}, strictly UTF-8, nested at most
 * {@code maxNestingDepth} deep (Jackson's {@link StreamReadConstraints}), one JSON value and nothing
 * after it. Problems are described without quoting the body.
 */
public final class BodyParser {

    private final long maxBodyBytes;
    private final JsonFactory factory;

    /** A parser reading at most {@code maxBodyBytes}, nested at most {@code maxNestingDepth} deep. */
    public BodyParser(long maxBodyBytes, int maxNestingDepth) {
        this.maxBodyBytes = maxBodyBytes;
        this.factory = limitedFactory(maxNestingDepth, (int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
    }

    /**
     * A JSON parser factory with the given depth and string-length limits. Trees are read from its parsers with
     * {@link JsonTrees} (no {@code ObjectMapper}), and the callers check for content after the value themselves.
     */
    public static JsonFactory limitedFactory(int maxNestingDepth, int maxStringLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(maxStringLength)
                        .build())
                .build();
    }

    /** Parses {@code body}; {@code null} or empty gives {@link ParsedBody.Absent}. */
    public ParsedBody parse(Body body) {
        ParsedBody problem = precheck(body);
        if (problem != null) {
            return problem;
        }
        try (InputStream in = body.openStream(); DuplicateKeys json = new DuplicateKeys(factory.createParser(in))) {
            JsonNode tree = JsonTrees.read(json);
            if (tree == null) {
                return new ParsedBody.Absent();
            }
            if (json.nextToken() != null) {
                return trailingContent(json.currentTokenLocation());
            }
            return new ParsedBody.Json(tree, json.pointers());
        } catch (IOException | UncheckedIOException e) {
            return problemOf(e);
        }
    }

    /**
     * What keeps {@code body} from being read as JSON before parsing it: absent or empty, larger than
     * the limit, not UTF-8 (one streaming pass); null when it may be parsed.
     */
    public ParsedBody precheck(Body body) {
        if (body == null || body.isEmpty()) {
            return new ParsedBody.Absent();
        }
        if (body.length() > maxBodyBytes) {
            return new ParsedBody.Unreadable(ParsedBody.Problem.TOO_LARGE,
                    body.length() + " bytes, more than the limit of " + maxBodyBytes);
        }
        long invalidAt = firstInvalidUtf8Byte(body);
        if (invalidAt >= 0) {
            return new ParsedBody.Unreadable(ParsedBody.Problem.ENCODING, "not UTF-8: invalid byte sequence at byte offset " + invalidAt);
        }
        return null;
    }

    /**
     * A parser over the body with the same limits as the tree parser (the caller checks for trailing
     * content): over its bytes when it is in memory, else over its stream.
     */
    public JsonParser openParser(Body body) throws IOException {
        byte[] memory = body.memory();
        return memory != null ? factory.createParser(memory) : createParser(body.openStream());
    }

    /** A parser with the same limits as the tree parser (the caller checks for trailing content). */
    public JsonParser createParser(InputStream in) throws IOException {
        return factory.createParser(in);
    }

    /** The problem an exception while reading a body stands for. */
    public static ParsedBody.Unreadable problemOf(Exception e) {
        if (e instanceof StreamConstraintsException constraint) {
            return constraintProblem(constraint);
        }
        if (e instanceof JsonEOFException eof) {
            return new ParsedBody.Unreadable(ParsedBody.Problem.MALFORMED, "truncated JSON: the input ends" + where(eof.getLocation()));
        }
        if (e instanceof JsonProcessingException json) {
            return new ParsedBody.Unreadable(ParsedBody.Problem.MALFORMED, "not valid JSON" + where(json.getLocation()));
        }
        return new ParsedBody.Unreadable(ParsedBody.Problem.MALFORMED, "cannot be read: " + e.getClass().getSimpleName());
    }

    /** Content after the JSON value, found by a streaming reader. */
    public static ParsedBody.Unreadable trailingContent(JsonLocation location) {
        return new ParsedBody.Unreadable(ParsedBody.Problem.MALFORMED, "not valid JSON: content after the JSON value" + where(location));
    }

    private static ParsedBody.Unreadable constraintProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return new ParsedBody.Unreadable(ParsedBody.Problem.TOO_DEEP, "nested deeper than the limit: " + firstLine(message));
        }
        return new ParsedBody.Unreadable(ParsedBody.Problem.TOO_LARGE, "a value exceeds the limits: " + firstLine(message));
    }

    /**
     * The offset of the first byte that is not part of valid UTF-8, or -1: not checked for a body encoded from text
     * ({@link Body#wrapEncodedText}), in place for another body in memory, else decoded in chunks.
     */
    static long firstInvalidUtf8Byte(Body body) {
        if (body.encodedText()) {
            return -1;
        }
        byte[] memory = body.memory();
        return memory != null ? Utf8Validation.firstInvalid(memory) : firstInvalidUtf8ByteDecoded(body);
    }

    /** {@link #firstInvalidUtf8Byte} by the JDK's decoder, for a body that is not in memory. */
    static long firstInvalidUtf8ByteDecoded(Body body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer sink = CharBuffer.allocate(8192);
        try (InputStream in = body.openStream()) {
            ByteBuffer window = ByteBuffer.allocate(65536 + 8);
            long consumed = 0;
            byte[] chunk = new byte[65536];
            for (int read; (read = in.read(chunk)) >= 0; ) {
                window.put(chunk, 0, read).flip();
                int before = window.position();
                CoderResult result = decodeInto(decoder, window, sink, false);
                if (result.isError()) {
                    return consumed + window.position() - before;
                }
                consumed += window.position() - before;
                window.compact();
            }
            window.flip();
            CoderResult end = decodeInto(decoder, window, sink, true);
            return end.isError() ? consumed + window.position() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static CoderResult decodeInto(CharsetDecoder decoder, ByteBuffer in, CharBuffer sink, boolean last) {
        while (true) {
            CoderResult result = decoder.decode(in, sink, last);
            if (!result.isOverflow()) {
                return result;
            }
            sink.clear();
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
