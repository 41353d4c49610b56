package dev.chatcontracts.contracts.cli;

import java.io.PrintWriter;

/** Where a command prints: its results on {@code out}, progress and problems on {@code err}. */
public record CliStreams(PrintWriter out, PrintWriter err) {
}
