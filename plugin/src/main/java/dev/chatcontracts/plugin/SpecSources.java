package dev.chatcontracts.plugin;

import dev.chatcontracts.openapi.model.SpecException;
import dev.chatcontracts.openapi.model.SpecLimits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs a goal works on: the user's own files when given, else the bundled specs of the
 * {@code chat-openapi} artifact ({@code zendesk-chat}, {@code zoho-salesiq}).
 */
public final class SpecSources {

    /** The names of the bundled specs. */
    public static final List<String> BUNDLED = List.of("zendesk-chat", "zoho-salesiq");

    /**
     * Reads the specs' text.
     *
     * @param files the user's spec files; when empty, the bundled specs named in {@code bundled}
     * @param bundled names of bundled specs
     * @throws SpecException for a missing, unreadable or unknown spec
     */
    public SpecSet read(List<File> files, List<String> bundled) {
        return read(files, bundled, SpecLimits.defaults());
    }

    /** Reads the specs' text, to be parsed within {@code limits}. */
    public SpecSet read(List<File> files, List<String> bundled, SpecLimits limits) {
        List<SpecSet.Source> sources = new ArrayList<>();
        if (files != null && !files.isEmpty()) {
            for (File file : files) {
                sources.add(new SpecSet.Source(baseName(file.getName()), file.getPath(), readFile(file, limits)));
            }
            return new SpecSet(sources, limits);
        }
        for (String name : bundled == null || bundled.isEmpty() ? BUNDLED : bundled) {
            if (!BUNDLED.contains(name)) {
                throw new SpecException("spec.bundled.unknown", name, "no bundled spec of that name; the bundled specs are " + BUNDLED);
            }
            String resource = "openapi/" + name + ".yaml";
            sources.add(new SpecSet.Source(name, "classpath:" + resource, readResource(resource)));
        }
        return new SpecSet(sources, limits);
    }

    private static String readFile(File file, SpecLimits limits) {
        try {
            if (Files.size(file.toPath()) > limits.maxCodePoints() * 4L) {
                throw new SpecException("spec.tooLarge", file.getPath(), "is larger than the limit of " + limits.maxCodePoints()
                        + " code points (spec limit codePoints)");
            }
            return Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException("spec.unreadable", file.getPath(), "cannot be read: " + e.getMessage());
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = SpecSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SpecException("spec.missing", "classpath:" + resource, "no such resource on the plugin's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException("spec.unreadable", "classpath:" + resource, "cannot be read: " + e.getMessage());
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
