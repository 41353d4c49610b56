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

    /** The text with each placeholder replaced by its value ({@code String.valueOf}). */
    public String format(Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String id(String key, String variant) {
        return variant == null ? key : key + "#" + variant;
    }
}
