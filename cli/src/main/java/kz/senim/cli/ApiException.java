package kz.senim.cli;

/** The server refused a call; the message is the server's problem title and detail. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
