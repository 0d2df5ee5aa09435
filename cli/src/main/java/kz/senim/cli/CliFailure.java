package kz.senim.cli;

/** A refusal of the command line itself, already in the user's language; printed as one line, exit 1. */
final class CliFailure extends RuntimeException {

    CliFailure(String message) {
        super(message, null, false, false);
    }
}
