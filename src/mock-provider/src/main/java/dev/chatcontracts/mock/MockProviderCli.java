package dev.chatcontracts.mock;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line front end: starts the mock, prints its base URLs and credentials, and runs until killed.
 *
 * <pre>
 * java -jar chat-mock-provider-cli.jar --port 8080 [--host 0.0.0.0] [--strict] [--seed file.json]
 *      [--documented-examples] [--rate-limit 200] [--no-provider-states] [--max-body-bytes N]
 *      [--public-base-url URL] [--threads N] [--max-threads N]
 * </pre>
 */
@Command(name = "chat-mock-provider", mixinStandardHelpOptions = true, version = "chat-mock-provider 0.1.0",
        description = "Runs the embedded mock of the Zendesk Chat REST API v2 and Zoho SalesIQ until killed.")
public final class MockProviderCli implements Callable<Integer> {

    @Option(names = "--port", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(names = "--host", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host = "127.0.0.1";

    @Option(names = "--strict", description = "Reject read-only and unknown request fields with a 400.")
    boolean strict;

    @Option(names = "--seed", paramLabel = "FILE", description = "JSON seed file added to the built-in seed.")
    Path seed;

    @Option(names = "--documented-examples",
            description = "Answer every operation with the vendor documentation's example, verbatim.")
    boolean documentedExamples;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Requests a minute per account before 429 (0: off; Zendesk's is 200). Default: ${DEFAULT-VALUE}.")
    int rateLimit;

    @Option(names = "--no-provider-states",
            description = "Do not serve the Pact state-change endpoint POST /_pact/provider-states.")
    boolean noProviderStates;

    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "Largest request body accepted, in bytes; larger is a 413. Default: ${DEFAULT-VALUE}.")
    long maxBodyBytes = MockConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--public-base-url", paramLabel = "URL",
            description = "Base of absolute URLs in answers (next_url, prev_url, search urls), e.g. behind a proxy. "
                    + "Default: the bound address http://<host>:<port>; never the request's Host header.")
    URI publicBaseUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "Request threads kept running. Default: ${DEFAULT-VALUE} (2 per processor, at least 4).")
    int threads = MockConfig.DEFAULT_THREADS;

    @Option(names = "--max-threads", paramLabel = "N",
            description = "Most request threads at once (the pool grows while requests wait behind slow clients). "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxThreads = MockConfig.DEFAULT_MAX_THREADS;

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** The exit codes, as in every chat-contracts command line (there: {@code CliExit}). */
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CANNOT_RUN = 3;
    public static final int EXIT_INTERRUPTED = 130;

    /** Runs the command line; exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line: exit {@value #EXIT_USAGE} on invalid usage, {@value #EXIT_CANNOT_RUN} with one line on
     * stderr when the mock cannot start (a port in use, an unreadable seed, out of memory), {@value #EXIT_INTERRUPTED}
     * when interrupted (SIGINT, as the JVM exits on it).
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MockProviderCli());
        commandLine.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE).exitCodeOnExecutionException(EXIT_CANNOT_RUN);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> cannotRun(command.getErr(), exception));
        return commandLine;
    }

    private static int cannotRun(java.io.PrintWriter err, Throwable problem) {
        Throwable cause = problem;
        while (cause instanceof java.io.UncheckedIOException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        err.println("chat-mock-provider: could not run: " + cause.getClass().getSimpleName()
                + (message == null || message.isBlank() || cause instanceof Error ? "" : ": " + message.lines().findFirst().orElse("")));
        err.flush();
        return EXIT_CANNOT_RUN;
    }

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    /** Starts the mock, prints where it listens, and blocks until the JVM is shut down. */
    @Override
    public Integer call() {
        try {
            return serve();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_INTERRUPTED;
        } catch (picocli.CommandLine.ParameterException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return cannotRun(commandSpec.commandLine().getErr(), e);
        }
    }

    private Integer serve() throws InterruptedException {
        MockProvider mock = startProvider();
        Thread hook = new Thread(() -> {
            mock.close();
            stopped.countDown();
        }, "chat-mock-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        printBanner(mock, System.out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            mock.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            throw e;
        }
        return EXIT_OK;
    }

    /** Starts the mock with the parsed options. */
    MockProvider startProvider() {
        return config().start();
    }

    /** The settings of the parsed options; an invalid value (a port out of range, no threads) is invalid usage, exit 2. */
    private MockConfig config() {
        try {
            return MockProvider.builder().host(host).port(port).strict(strict).seed(seed).rateLimit(rateLimit)
                    .documentedExamples(documentedExamples).providerStates(!noProviderStates).maxBodyBytes(maxBodyBytes)
                    .publicBaseUrl(publicBaseUrl).threads(threads).maxThreads(maxThreads).build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(), e.getMessage());
        }
    }

    static void printBanner(MockProvider mock, PrintStream out) {
        Credentials credentials = mock.credentials();
        MockConfig config = mock.config();
        out.println("Chat mock provider listening on " + mock.baseUrl());
        out.println("  Zendesk Chat:         " + mock.zendeskBaseUrl());
        out.println("  Zendesk Chat (legacy): " + mock.zendeskLegacyBaseUrl());
        out.println("  Zoho SalesIQ:         " + mock.salesIqBaseUrl());
        out.println("  Pact state changes:   " + (config.providerStates() ? "POST " + mock.providerStatesUrl()
                : "off (--no-provider-states)"));
        out.println("Credentials:");
        out.println("  owner (basic):  " + credentials.ownerEmail() + " / " + credentials.ownerPassword());
        out.println("  admin (basic):  " + credentials.adminEmail() + " / " + credentials.adminPassword());
        out.println("  agent (basic):  " + credentials.agentEmail() + " / " + credentials.agentPassword());
        out.println("  Authorization:  Bearer " + credentials.bearerToken() + "   (acts as the owner)");
        out.println("  Authorization:  Zoho-oauthtoken " + credentials.zohoToken());
        out.println("Modes: strict=" + config.strict() + ", documented-examples=" + config.documentedExamples()
                + ", rate-limit=" + (config.rateLimitPerMinute() == 0 ? "off" : config.rateLimitPerMinute() + "/min"));
        out.println("Limits: max-body-bytes=" + config.maxBodyBytes() + ", threads=" + config.threads() + ".."
                + config.maxThreads() + ", request body time=" + MockServer.REQUEST_TIME_LIMIT_MILLIS / 1000
                + " s, idle connection=" + MockServer.IDLE_TIMEOUT_MILLIS / 1000 + " s, public base URL=" + mock.publicBaseUrl());
        out.flush();
    }
}
