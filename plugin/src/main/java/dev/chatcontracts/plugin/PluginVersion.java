package dev.chatcontracts.plugin;

/** This plugin's version, from its jar manifest (a snapshot build's version changes its fingerprint). */
final class PluginVersion {

    private PluginVersion() {
    }

    static String get() {
        String version = PluginVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
