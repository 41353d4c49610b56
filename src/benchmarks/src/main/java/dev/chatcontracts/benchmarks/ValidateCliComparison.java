package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The {@code validate} CLI on a HAR of {@code --exchanges} Show Chat exchanges (about 2.4 KB bodies), against
 * {@link HarJacksonParse} on the same file, each in a fresh JVM with the same heap settings, taking turns for
 * {@code --rounds} rounds. Wall time and peak RSS come from GNU {@code /usr/bin/time}; the report gives each
 * round, the medians and their ratios.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.ValidateCliComparison \
 *     [--exchanges 10000] [--rounds 5] [--cli contracts/target/chat-contracts-cli.jar] [--root .] \
 *     [--jvm-options "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"] [--class-data true]
 * </pre>
 *
 * <p>{@code --jvm-options} (space-separated) are given to both JVMs, so that the two stay comparable. With
 * {@code --class-data true} each side first runs once to record its own class-data archive
 * ({@code -XX:ArchiveClassesAtExit}, as the user guide's "Short runs" shows for the CLI), and every round then runs
 * with it ({@code -XX:SharedArchiveFile}, {@code -Xshare:on}: a round whose archive cannot be used fails instead of
 * running without it).
 */
public final class ValidateCliComparison {

    private record Sample(double seconds, long maxRssKb, int exit) {
    }

    private ValidateCliComparison() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("exchanges", "rounds", "cli", "root", "jvm-options", "class-data"),
                "Usage: ValidateCliComparison [--exchanges 10000] [--rounds 5] [--cli contracts/target/chat-contracts-cli.jar] "
                + "[--root .] [--jvm-options \"OPTION ...\"] [--class-data false]");
        List<String> jvmOptions = args.string("jvm-options", "").isBlank() ? List.of()
                : List.of(args.string("jvm-options", "").trim().split("\\s+"));
        int exchanges = args.intValue("exchanges", 10_000);
        int rounds = Math.max(1, args.intValue("rounds", 5));
        Path cli = Path.of(args.string("cli", "contracts/target/chat-contracts-cli.jar")).toAbsolutePath();
        ChatCorpus corpus = new ChatCorpus(args.string("root", "."));
        Path work = Files.createTempDirectory("validate-cli-comparison");
        Path har = writeHar(corpus, exchanges, work.resolve("show-chats.har"));
        boolean classData = Boolean.parseBoolean(args.string("class-data", "false"));
        System.out.printf(Locale.ROOT, "validate CLI vs Jackson on a HAR of %,d Show Chat exchanges (%,d bytes), JVM options %s%s; %s%n",
                exchanges, Files.size(har), jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions),
                classData ? ", each with its own class-data archive" : "", Machine.describe());
        List<String> validate = List.of("-jar", cli.toString(), "validate", "--quiet",
                "--junit-xml", work.resolve("report.xml").toString(), har.toString());
        List<String> jackson = List.of("-cp", classData ? jarredClassPath(work) : System.getProperty("java.class.path"),
                HarJacksonParse.class.getName(), har.toString());
        if (classData) {
            validate = archived(validate, jvmOptions, work.resolve("validate.jsa"), work);
            jackson = archived(jackson, jvmOptions, work.resolve("jackson.jsa"), work);
        } else {
            validate = java(jvmOptions, validate);
            jackson = java(jvmOptions, jackson);
        }
        List<Sample> engine = new ArrayList<>();
        List<Sample> reference = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean engineFirst = round % 2 == 1;
            Sample first = run(engineFirst ? validate : jackson, work);
            Sample second = run(engineFirst ? jackson : validate, work);
            Sample e = engineFirst ? first : second;
            Sample j = engineFirst ? second : first;
            engine.add(e);
            reference.add(j);
            System.out.printf(Locale.ROOT, "  round %d: validate %.2f s, %,d KB RSS (exit %d); Jackson %.2f s, %,d KB RSS%n",
                    round, e.seconds(), e.maxRssKb(), e.exit(), j.seconds(), j.maxRssKb());
            if (e.exit() != 0 || j.exit() != 0) {
                throw new IllegalStateException("a run failed; see the output above");
            }
        }
        double engineTime = median(engine.stream().mapToDouble(Sample::seconds).toArray());
        double jacksonTime = median(reference.stream().mapToDouble(Sample::seconds).toArray());
        double engineRss = median(engine.stream().mapToDouble(Sample::maxRssKb).toArray());
        double jacksonRss = median(reference.stream().mapToDouble(Sample::maxRssKb).toArray());
        System.out.printf(Locale.ROOT, "medians: validate %.2f s, %,.0f KB; Jackson %.2f s, %,.0f KB%n",
                engineTime, engineRss, jacksonTime, jacksonRss);
        System.out.printf(Locale.ROOT, "ratios: time %.2fx, memory %.2fx (targets: at most 1.5x each)%n",
                engineTime / jacksonTime, engineRss / jacksonRss);
    }

    /** The command {@code java OPTIONS... ARGUMENTS...}. */
    static List<String> java(List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs {@code arguments} once to record the class-data archive {@code archive}, then returns the command that runs
     * them with it.
     */
    private static List<String> archived(List<String> arguments, List<String> options, Path archive, Path work)
            throws IOException, InterruptedException {
        List<String> recording = new ArrayList<>(options);
        recording.add("-XX:ArchiveClassesAtExit=" + archive);
        Sample recorded = run(java(recording, arguments), work);
        if (recorded.exit() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("recording " + archive.getFileName() + " failed (exit " + recorded.exit() + "): "
                    + Files.readString(work.resolve("output.txt")));
        }
        List<String> withArchive = new ArrayList<>(options);
        withArchive.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
        return java(withArchive, arguments);
    }

    /**
     * This JVM's class path with each folder replaced by a jar of it in {@code work}: a class-data archive takes only
     * jars.
     */
    private static String jarredClassPath(Path work) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(Files.isDirectory(path) ? jar(path, work.resolve("classpath-" + entries.size() + ".jar")).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files) {
                out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path writeHar(ChatCorpus corpus, int exchanges, Path file) throws IOException {
        try (JsonGenerator g = corpus.mapper().getFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", "ValidateCliComparison");
            g.writeStringField("version", "1");
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (int i = 0; i < exchanges; i++) {
                corpus.mapper().writeTree(g, entry(corpus, i));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        return file;
    }

    private static ObjectNode entry(ChatCorpus corpus, int i) {
        ObjectNode entry = corpus.mapper().createObjectNode();
        entry.put("startedDateTime", "2024-05-01T10:00:00.000Z").put("time", 12);
        ObjectNode request = entry.putObject("request").put("method", "GET")
                .put("url", ChatCorpus.BASE_URL + "/chats/" + (1_000_000L + i)).put("httpVersion", "HTTP/1.1");
        request.putArray("headers").addObject().put("name", "Accept").put("value", "application/json");
        request.putArray("queryString");
        request.putArray("cookies");
        ObjectNode response = entry.putObject("response").put("status", 200).put("statusText", "OK")
                .put("httpVersion", "HTTP/1.1");
        response.putArray("headers").addObject().put("name", "Content-Type").put("value", "application/json; charset=utf-8");
        response.putArray("cookies");
        String body = new String(corpus.showChat(i, false), StandardCharsets.UTF_8);
        response.putObject("content").put("mimeType", "application/json").put("size", body.length()).put("text", body);
        entry.putObject("cache");
        entry.putObject("timings").put("send", 0).put("wait", 10).put("receive", 2);
        return entry;
    }

    private static Sample run(List<String> command, Path work) throws IOException, InterruptedException {
        Path times = work.resolve("time.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString()));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        List<String> lines = Files.readAllLines(times);
        String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
        return new Sample(Double.parseDouble(fields[0]), Long.parseLong(fields[1]), process.exitValue());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
