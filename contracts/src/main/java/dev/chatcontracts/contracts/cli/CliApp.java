package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * A root command line and its subcommands, parsed with commons-cli: {@code <root> <command> [OPTIONS] PARAMETERS},
 * {@code <root> --help}, {@code <root> --version}, {@code <root> help [command]}, and {@code --help} and
 * {@code --version} in every command. Usage errors are the message and the command's synopsis on stderr, exit
 * {@value CliExit#USAGE} (the message with its control characters escaped and the secrets of URLs masked); a
 * command's run is guarded by {@link CliExit#guard}.
 *
 * <p>Why not picocli, which the mock provider's command line uses: its first model made every run's start about 90 ms
 * longer (a one-exchange {@code validate} run took 0.33-0.36 s with it, 0.22-0.26 s without; benchmarks README,
 * seventeenth pass); commons-cli parses in a few milliseconds.
 */
public final class CliApp {

    private static final int WIDTH = 100;
    private static final Option HELP = Option.builder("h").longOpt("help").desc("Show this help message and exit.").get();
    private static final Option VERSION = Option.builder("V").longOpt("version").desc("Print version information and exit.").get();

    private final String name;
    private final String description;
    private final String version;
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();
    private PrintWriter out = new PrintWriter(System.out, true);
    private PrintWriter err = new PrintWriter(System.err, true);

    public CliApp(String name, String description, String version, List<? extends CliCommand> commands) {
        this.name = name;
        this.description = description;
        this.version = name + " " + version;
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** The subcommands by name, in the order the help lists them (unmodifiable). */
    public Map<String, CliCommand> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** Where results and help go (tests set a buffer). */
    public CliApp setOut(PrintWriter out) {
        this.out = out;
        return this;
    }

    /** Where progress and problems go (tests set a buffer). */
    public CliApp setErr(PrintWriter err) {
        this.err = err;
        return this;
    }

    /** Runs the command line and returns its exit code. */
    public int execute(String... args) {
        CliCommand command = null;
        try {
            if (args.length == 0) {
                throw new CliUsageException("Missing a subcommand: " + String.join(", ", commands.keySet()));
            }
            String first = args[0];
            if (first.equals("-h") || first.equals("--help")) {
                return printRootHelp();
            }
            if (first.equals("-V") || first.equals("--version")) {
                return printVersion();
            }
            if (first.equals("help")) {
                return args.length == 1 ? printRootHelp() : printHelp(command(args[1]));
            }
            command = command(first);
            return run(command, Arrays.copyOfRange(args, 1, args.length));
        } catch (CliUsageException e) {
            err.println(ConsoleText.escape(Redactor.redactText(e.getMessage()), ReportLimits.TEXT_CHARS));
            err.println(command == null ? rootSynopsis() : synopsis(command));
            err.println("Try '" + name + (command == null ? "" : " " + command.name()) + " --help' for more information.");
            err.flush();
            return CliExit.USAGE;
        }
    }

    private int run(CliCommand command, String[] args) {
        Options options = withStandardOptions(command);
        CliArgs parsed;
        try {
            parsed = new CliArgs(DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args));
        } catch (ParseException e) {
            throw new CliUsageException(e.getMessage());
        }
        if (parsed.flag(HELP.getLongOpt())) {
            return printHelp(command);
        }
        if (parsed.flag(VERSION.getLongOpt())) {
            return printVersion();
        }
        return CliExit.guard(err, "chat-contracts " + command.name(), () -> command.run(parsed, new CliStreams(out, err)));
    }

    private CliCommand command(String text) {
        CliCommand command = commands.get(text);
        if (command == null) {
            throw new CliUsageException((text.startsWith("-") ? "Unknown option: '" : "Unknown subcommand: '") + text
                    + "'; the subcommands: " + String.join(", ", commands.keySet()));
        }
        return command;
    }

    private int printVersion() {
        out.println(version);
        out.flush();
        return CliExit.PASSED;
    }

    private int printRootHelp() {
        out.println(rootSynopsis());
        out.println(description);
        out.println("Options:");
        printOptions(new Options().addOption(HELP).addOption(VERSION));
        out.println("Commands:");
        int width = Math.max(4, commands.keySet().stream().mapToInt(String::length).max().orElse(0));
        for (CliCommand command : commands.values()) {
            out.printf("  %-" + width + "s  %s%n", command.name(), command.description().get(0));
        }
        out.printf("  %-" + width + "s  %s%n", "help", "Display help information about the specified command.");
        out.flush();
        return CliExit.PASSED;
    }

    private int printHelp(CliCommand command) {
        out.println(synopsis(command));
        command.description().forEach(out::println);
        if (!command.parametersDescription().isEmpty()) {
            out.println("Parameters:");
            out.println("  " + command.parameters() + "   " + command.parametersDescription());
        }
        out.println("Options:");
        printOptions(withStandardOptions(command));
        out.flush();
        return CliExit.PASSED;
    }

    private void printOptions(Options options) {
        HelpFormatter formatter = HelpFormatter.builder().get();
        formatter.setOptionComparator(null); // the order the command declares them in
        formatter.printOptions(out, WIDTH, options, 2, 3);
    }

    private String rootSynopsis() {
        return "Usage: " + name + " [-hV] [COMMAND]";
    }

    private String synopsis(CliCommand command) {
        return "Usage: " + name + " " + command.name() + " [OPTIONS]"
                + (command.parameters().isEmpty() ? "" : " " + command.parameters());
    }

    private static Options withStandardOptions(CliCommand command) {
        return command.options().addOption(HELP).addOption(VERSION);
    }
}
