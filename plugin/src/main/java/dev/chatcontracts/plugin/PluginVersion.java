package dev.chatcontracts.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * This plugin's identity for build fingerprints: its version, and for a snapshot the hash of its own
 * jar, so that a rebuilt snapshot plugin regenerates what it generated before.
 */
public final class PluginVersion {

    private static final String VERSION = compute();

    private PluginVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String compute() {
        String version = PluginVersion.class.getPackage().getImplementationVersion();
        if (version != null && !version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return (version == null ? "dev" : version) + "+" + codeHash();
    }

    private static String codeHash() {
        try {
            Path code = Path.of(PluginVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return "classes";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(code), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return "unknown";
        }
    }
}
