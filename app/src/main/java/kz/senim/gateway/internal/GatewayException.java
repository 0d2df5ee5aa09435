package kz.senim.gateway.internal;

import java.util.Map;

/**
 * A refusal on {@code /v1/**}, answered as an OpenAI-style error object. {@code code} names the message
 * key {@code gateway.error.<code>}, so the caller reads it in their language.
 */
class GatewayException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final transient Object[] args;
    private final transient Map<String, Object> extra;

    GatewayException(int status, String type, String code, Map<String, Object> extra, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.extra = extra;
        this.args = args;
    }

    static GatewayException invalid(String code, Object... args) {
        return new GatewayException(400, "invalid_request_error", code, Map.of(), args);
    }

    static GatewayException server(int status, String code, Object... args) {
        return new GatewayException(status, "server_error", code, Map.of(), args);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }

    Map<String, Object> extra() {
        return extra;
    }
}
