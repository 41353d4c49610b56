package dev.chatcontracts.contracts.cli;

/**
 * A usage error: an unknown option or subcommand, a missing or bad value. {@link CliApp} prints its message and the
 * command's synopsis on stderr, and the exit code is {@value CliExit#USAGE}.
 */
public final class CliUsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliUsageException(String message) {
        super(message, null, false, false);
    }
}
