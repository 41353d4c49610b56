package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.util.regex.PatternSyntaxException;

/**
 * {@code minLength}/{@code maxLength} (in code points), {@code pattern} (compiled by networknt's default
 * JDK regular-expression factory, so anchors and character properties read the same; a match anywhere
 * counts) and {@code format}.
 */
final class StringRules {

    private final String location;
    private final long minLength;
    private final long maxLength;
    private final String patternSource;
    private final RegularExpression pattern;
    private final String formatName;
    private final FormatCheck format;

    private StringRules(String location, JsonNode schema) {
        this.location = location;
        this.minLength = length(schema, "minLength", location);
        this.maxLength = length(schema, "maxLength", location);
        this.patternSource = text(schema, "pattern", location);
        this.pattern = patternSource == null ? null : compile(patternSource, location);
        this.formatName = text(schema, "format", location);
        this.format = formatName == null ? null : FormatCheck.forName(formatName);
    }

    /** The rules of a schema object, or {@code null} when it has none. */
    static StringRules compile(JsonNode schema, String location) {
        boolean any = schema.has("minLength") || schema.has("maxLength") || schema.has("pattern") || schema.has("format");
        return any ? new StringRules(location, schema) : null;
    }

    void check(ScalarValue value, Evaluation sink, InstancePath path) throws IOException {
        if (minLength >= 0 || maxLength >= 0) {
            int length = Character.codePointCount(value.chars(), value.offset(), value.length());
            if (minLength >= 0 && length < minLength) {
                sink.report(path, "minLength", location + "/minLength", "must be at least " + minLength + " characters long");
            }
            if (maxLength >= 0 && length > maxLength) {
                sink.report(path, "maxLength", location + "/maxLength", "must be at most " + maxLength + " characters long");
            }
        }
        if (pattern != null && !pattern.matches(value.text())) {
            sink.report(path, "pattern", location + "/pattern", "does not match the regex pattern " + patternSource);
        }
        if (format != null && !format.matches(value.chars(), value.offset(), value.length())) {
            sink.report(path, "format", location + "/format", "does not match the " + formatName + " format");
        }
    }

    private static long length(JsonNode schema, String keyword, String location) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return -1;
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
            throw SchemaCompiler.invalid(keyword, location, "must be a non-negative integer");
        }
        return value.asLong();
    }

    private static String text(JsonNode schema, String keyword, String location) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw SchemaCompiler.invalid(keyword, location, "must be a string");
        }
        return value.textValue();
    }

    private static RegularExpression compile(String source, String location) {
        try {
            return JDKRegularExpressionFactory.getInstance().getRegularExpression(source);
        } catch (PatternSyntaxException e) {
            throw SchemaCompiler.invalid("pattern", location, "is not a valid regular expression: " + e.getDescription());
        }
    }
}
