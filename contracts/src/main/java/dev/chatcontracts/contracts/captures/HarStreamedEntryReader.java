package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads one HAR entry with a streaming parser, without a tree of the entry, into the same
 * {@link CaptureEntry} as {@link HarEntryMapper#map(ExchangeSource, HarEntryMapper.Parts)} gives for the
 * entry read whole as a tree. The small values the mapping reads ({@code method}, {@code url},
 * {@code headers}, {@code status}, {@code encoding}, {@code mimeType}, a {@code text} that is not a string)
 * are read as small trees. The bodies ({@code request.postData.text}, {@code response.content.text}) are read
 * one of two ways:
 * <ul>
 *   <li>{@link Bodies#HELD} (an entry of ordinary size): each string is encoded to UTF-8 bytes straight from
 *       the parser's characters, with no string made of it, and every other value is passed over with the
 *       checks a tree's reading makes (the length of each string), so that every limit applies exactly as to
 *       the entry read whole;</li>
 *   <li>{@link Bodies#IN_FILE} (a large entry): each body becomes a {@link Body#ofStream stream} over the
 *       string where it lies in the file ({@link JsonStringInputStream}, base64-decoded when
 *       {@code encoding} says so), so that an entry with a body of a gigabyte costs no heap. Jackson skips
 *       those strings, and everything else, without buffering them; the parser's limits apply as they are
 *       (nesting depth; the string length limit only to the strings read, never to the skipped ones).</li>
 * </ul>
 *
 * <p>Base64 bodies are checked once when the entry is read, by a pass that keeps nothing, so that a body
 * that is not valid base64 gives what the tree mapper gives: a {@code capture.unreadable} response, a
 * request body kept as its text. The check follows {@link Base64.Decoder#decode(String)} of the MIME
 * decoder exactly; the body itself is read through {@link Base64.Decoder#wrap(InputStream)}, which gives
 * the same bytes for every text that check accepts.
 */
final class HarStreamedEntryReader {

    private final Path file;
    private final FileChannel channel;

    /**
     * @param file the HAR file, which streamed bodies read when they are opened
     * @param channel an open channel on the file for the checks made while reading entries
     */
    HarStreamedEntryReader(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Reads the entry a parser is over.
     *
     * @param parser over the entry's bytes from its first, with the limits to apply; left at its end
     * @param sliceStart the file offset of the entry's first byte (the parser's byte 0)
     * @param bodies whether the bodies are read into memory or left in the file
     * @throws IOException when the entry is not valid JSON (a {@code JsonProcessingException}), is past
     *     the parser's limits ({@code StreamConstraintsException}), or cannot be read
     */
    CaptureEntry read(JsonParser parser, long sliceStart, ExchangeSource source, Bodies bodies) throws IOException {
        parser.nextToken();
        return read(parser, sliceStart, source, bodies, true);
    }

    /**
     * Reads, with its bodies held, the entry whose first token a parser over the whole file is on ({@link
     * HarOnePass}), leaving the parser on the entry's last token: what {@link #read(JsonParser, long, ExchangeSource,
     * Bodies)} gives for the entry's bytes, which end there.
     *
     * @throws IOException as {@link #read(JsonParser, long, ExchangeSource, Bodies)}
     */
    CaptureEntry readInPlace(JsonParser parser, ExchangeSource source) throws IOException {
        return read(parser, 0, source, Bodies.HELD, false);
    }

    private CaptureEntry read(JsonParser parser, long sliceStart, ExchangeSource source, Bodies bodies, boolean whole)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            bodies.skip(parser);
            if (whole) {
                noTrailingTokens(parser);
            }
            return HarEntryMapper.notAnObject(source);
        }
        Request request = new Request();
        Response response = new Response();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "request" -> request = request(parser, sliceStart, bodies);
                case "response" -> response = response(parser, sliceStart, bodies);
                default -> bodies.skip(parser);
            }
        }
        if (whole) {
            noTrailingTokens(parser);
        }
        HarEntryMapper.Parts parts = new HarEntryMapper.Parts(request.method, request.url, request.headers,
                bodyText(request.postData, source, "request.postData.text"), response.isObject, response.status,
                response.headers, response.content.mimeType, bodyText(response.content, source, "response.content.text"));
        try {
            return HarEntryMapper.map(source, parts);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The values of {@code request} the mapping reads (last one wins, as in a tree). */
    private static final class Request {
        JsonNode method = MissingNode.getInstance();
        JsonNode url = MissingNode.getInstance();
        JsonNode headers = MissingNode.getInstance();
        Text postData = new Text();
    }

    /** The values of {@code response} the mapping reads. */
    private static final class Response {
        boolean isObject;
        JsonNode status = MissingNode.getInstance();
        JsonNode headers = MissingNode.getInstance();
        Text content = new Text();
    }

    /** A {@code postData} or {@code content} object: where its string {@code text} starts, or its other value. */
    private static final class Text {
        /** The file offset of the opening quote of a string {@code text} left in the file, else -1. */
        long offset = -1;
        /** A string {@code text} read into memory, as UTF-8, else null. */
        byte[] held;
        /** A {@code text} that is not a string (null, a number, ...), else null. */
        JsonNode value;
        JsonNode encoding = MissingNode.getInstance();
        JsonNode mimeType = MissingNode.getInstance();
    }

    private static Request request(JsonParser parser, long sliceStart, Bodies bodies) throws IOException {
        Request request = new Request();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            bodies.skip(parser);
            return request;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "method" -> request.method = tree(parser);
                case "url" -> request.url = tree(parser);
                case "headers" -> request.headers = tree(parser);
                case "postData" -> request.postData = text(parser, sliceStart, bodies);
                default -> bodies.skip(parser);
            }
        }
        return request;
    }

    private static Response response(JsonParser parser, long sliceStart, Bodies bodies) throws IOException {
        Response response = new Response();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            bodies.skip(parser);
            return response;
        }
        response.isObject = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "status" -> response.status = tree(parser);
                case "headers" -> response.headers = tree(parser);
                case "content" -> response.content = text(parser, sliceStart, bodies);
                default -> bodies.skip(parser);
            }
        }
        return response;
    }

    private static Text text(JsonParser parser, long sliceStart, Bodies bodies) throws IOException {
        Text text = new Text();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            bodies.skip(parser);
            return text;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "text" -> {
                    text.offset = -1;
                    text.held = null;
                    text.value = null;
                    if (value != JsonToken.VALUE_STRING) {
                        text.value = tree(parser);
                    } else if (bodies == Bodies.HELD) {
                        text.held = utf8(parser);
                    } else {
                        // not read: the next nextToken() skips it without buffering it
                        text.offset = sliceStart + parser.currentTokenLocation().getByteOffset();
                    }
                }
                case "encoding" -> text.encoding = tree(parser);
                case "mimeType" -> text.mimeType = tree(parser);
                default -> bodies.skip(parser);
            }
        }
        return text;
    }

    /**
     * The string at the parser as UTF-8 bytes, read from the parser's characters (no string is made), within the
     * parser's string length limit as {@code getText()} would check it.
     */
    private static byte[] utf8(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int length = parser.getTextLength();
        parser.streamReadConstraints().validateStringLength(length);
        return Utf8Chars.encode(chars, parser.getTextOffset(), length);
    }

    /** Where the bodies of an entry go. */
    enum Bodies {
        /**
         * Into memory; every other value is passed over within the limits a tree's reading applies (the
         * lengths of numbers and names are checked as any token is read, those of strings as a tree reads them).
         */
        HELD,
        /** Left in the file, read when opened; every other value is skipped. */
        IN_FILE;

        /** Passes over the value at the parser, leaving the parser on its last token. */
        void skip(JsonParser parser) throws IOException {
            if (this == IN_FILE) {
                parser.skipChildren();
                return;
            }
            int depth = 0;
            for (JsonToken token = parser.currentToken(); ; token = parser.nextToken()) {
                if (token == null) {
                    throw new JsonParseException(parser, "unexpected end of input in the entry");
                }
                if (token == JsonToken.VALUE_STRING) {
                    parser.streamReadConstraints().validateStringLength(parser.getTextLength());
                } else if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    return;
                }
            }
        }
    }

    /** The value at the parser as a tree, as the tree mapper would hold it. */
    private static JsonNode tree(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return NullNode.getInstance();
        }
        JsonNode node = JsonTrees.read(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    /** Fails as the tree mapper's mapper (which fails on trailing tokens) would on content after the entry. */
    private static void noTrailingTokens(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "content after the entry");
        }
    }

    private HarEntryMapper.BodyText bodyText(Text text, ExchangeSource source, String field) {
        if (text.held != null) {
            return held(text.held, HarEntryMapper.isBase64(text.encoding));
        }
        if (text.offset < 0) {
            ObjectNode held = JsonNodeFactory.instance.objectNode();
            if (text.value != null) {
                held.set("text", text.value);
            }
            if (!text.encoding.isMissingNode()) {
                held.set("encoding", text.encoding);
            }
            return HarEntryMapper.BodyText.held(held);
        }
        long offset = text.offset;
        boolean base64 = HarEntryMapper.isBase64(text.encoding);
        String description = source.describe() + " " + field;
        Body.ByteSource string = () -> JsonStringInputStream.open(file, offset);
        return new HarEntryMapper.BodyText() {
            @Override
            public Body decoded() {
                if (!base64) {
                    return raw();
                }
                if (!isValidBase64(offset)) {
                    throw new IllegalArgumentException(field + " is not valid base64");
                }
                return Body.ofStream(() -> Base64.getMimeDecoder().wrap(string.open()), -1, description + " (base64-decoded)");
            }

            @Override
            public Body raw() {
                return Body.ofStream(string, -1, description);
            }
        };
    }

    /**
     * A text read into memory: the tree mapper's {@code text.getBytes(UTF_8)}, or its base64 decoding (the MIME
     * decoder skips every byte outside its alphabet, so it decodes the UTF-8 bytes as it decodes the string).
     */
    private static HarEntryMapper.BodyText held(byte[] utf8, boolean base64) {
        return new HarEntryMapper.BodyText() {
            @Override
            public Body decoded() {
                return base64 ? Body.wrap(Base64.getMimeDecoder().decode(utf8)) : Body.wrapEncodedText(utf8);
            }

            @Override
            public Body raw() {
                return Body.wrapEncodedText(utf8);
            }
        };
    }

    private boolean isValidBase64(long offset) {
        try (InputStream in = new JsonStringInputStream(channel, offset, file.toString())) {
            return MimeBase64.isValid(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
