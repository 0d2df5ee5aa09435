package kz.senim.cli;

import picocli.CommandLine;

/** Prints a failure as one plain line (the server's localized problem detail when there is one), never a stack trace. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("senim: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return e instanceof ApiException api && api.status() == 401 ? 3 : 1;
    }
}
