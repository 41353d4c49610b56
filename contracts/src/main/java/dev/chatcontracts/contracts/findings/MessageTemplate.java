package dev.chatcontracts.contracts.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message template of the {@link FindingRegistry}: text with {@code {name}} placeholders.
 *
 * @param key the finding key
 * @param variant the wording's name, or {@code null} for the key's main message
 * @param text the template
 * @param placeholders the names of its placeholders, in order of first appearance, each once
 */
public record MessageTemplate(String key, String variant, String text, List<String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public MessageTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        placeholders = List.copyOf(placeholders);
    }

    /** The template of {@code text}; an {@link IllegalArgumentException} for a brace that is no placeholder. */
    public static MessageTemplate parse(String key, String variant, String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        if (matcher.replaceAll("").matches("(?s).*[{}].*")) {
            throw new IllegalArgumentException("the message of " + id(key, variant) + " has a brace that is no {name}: " + text);
        }
        return new MessageTemplate(key, variant, text, names);
    }

    /** {@code key} or {@code key#variant}, for messages. */
    public String id() {
        return id(key, variant);
    }

    /**
     * The text with each placeholder replaced by its value ({@code String.valueOf}), joined in one allocation (a
     * value may be megabytes: a URL's path quoted by {@code request.operation.unknown}).
     */
    public String format(Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            parts.add(text.substring(last, matcher.start()));
            parts.add(String.valueOf(values.get(matcher.group(1))));
            last = matcher.end();
        }
        parts.add(text.substring(last));
        return String.join("", parts);
    }

    private static String id(String key, String variant) {
        return variant == null ? key : key + "#" + variant;
    }
}
