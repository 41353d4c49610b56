package dev.chatcontracts.contracts.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/**
 * The arguments of one command as parsed by commons-cli, read as the types the command needs. A value that is not
 * of its type, a single-valued option given twice, or missing positional parameters are usage errors
 * ({@link CliUsageException}), worded alike in every command.
 */
public final class CliArgs {

    private final CommandLine parsed;

    CliArgs(CommandLine parsed) {
        this.parsed = parsed;
    }

    /** Whether the flag {@code --name} was given. */
    public boolean flag(String name) {
        return parsed.hasOption(name);
    }

    /** The value of {@code --name}, or {@code fallback} when it was not given. */
    public String string(String name, String fallback) {
        String[] values = parsed.getOptionValues(name);
        if (values == null) {
            return fallback;
        }
        if (values.length > 1) {
            throw new CliUsageException("option '--" + name + "' should be given only once");
        }
        return values[0];
    }

    /** Every value of the repeatable {@code --name}, in the order given. */
    public List<String> strings(String name) {
        String[] values = parsed.getOptionValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /** The value of {@code --name} read by {@code type}, or {@code fallback} when it was not given. */
    public <T> T value(String name, Function<String, T> type, T fallback) {
        String text = string(name, null);
        return text == null ? fallback : convert(name, text, type);
    }

    /** Every value of the repeatable {@code --name}, each split at {@code separator} when not null, read by {@code type}. */
    public <T> List<T> values(String name, String separator, Function<String, T> type) {
        List<T> values = new ArrayList<>();
        for (String text : strings(name)) {
            for (String part : separator == null ? new String[] {text} : text.split(separator, -1)) {
                values.add(convert(name, part, type));
            }
        }
        return List.copyOf(values);
    }

    /** The repeatable {@code --name KEY=VALUE}, the values read by {@code type}; a later key replaces an earlier one. */
    public <T> Map<String, T> keyValues(String name, Function<String, T> type) {
        Map<String, T> values = new LinkedHashMap<>();
        for (String text : strings(name)) {
            int equals = text.indexOf('=');
            if (equals < 1) {
                throw new CliUsageException("Value for option '--" + name + "' should be in KEY=VALUE format but was " + text);
            }
            values.put(text.substring(0, equals), convert(name, text.substring(equals + 1), type));
        }
        return values;
    }

    /** The positional parameters as paths; at least one is required, named {@code label} when missing. */
    public List<Path> paths(String label) {
        List<String> texts = parsed.getArgList();
        if (texts.isEmpty()) {
            throw new CliUsageException("Missing required parameter: '" + label + "'");
        }
        List<Path> paths = new ArrayList<>(texts.size());
        for (String text : texts) {
            try {
                paths.add(path(text));
            } catch (IllegalArgumentException e) {
                throw new CliUsageException("Invalid value for parameter '" + label + "': " + e.getMessage());
            }
        }
        return List.copyOf(paths);
    }

    /** A path: any text the file system can name. */
    public static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a path: " + e.getReason());
        }
    }

    /** An int, in decimal. */
    public static Integer integer(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an int");
        }
    }

    /** A long, in decimal. */
    public static Long longValue(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a long");
        }
    }

    /** A value of {@code type}'s constants, in any case. */
    public static <E extends Enum<E>> Function<String, E> constantOf(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.trim())) {
                    return constant;
                }
            }
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new IllegalArgumentException("expected one of " + names + " (case-insensitive) but was '" + text + "'");
        };
    }

    private static <T> T convert(String name, String text, Function<String, T> type) {
        try {
            return type.apply(text);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException("Invalid value for option '--" + name + "': " + e.getMessage());
        }
    }
}
