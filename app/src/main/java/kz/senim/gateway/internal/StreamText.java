package kz.senim.gateway.internal;

/** One streamed value (a choice's content, a tool call's arguments) and what of it was sent so far. */
final class StreamText {

    private final AnswerFilter filter;
    private final boolean json;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder sent = new StringBuilder();

    StreamText(AnswerFilter filter, boolean json) {
        this.filter = filter;
        this.json = json;
    }

    /** What may be sent now after this delta (often empty while text is held back). */
    String push(String delta) {
        pending.append(delta);
        return track(filter.release(pending, json, false));
    }

    /** Everything still held back. */
    String finish() {
        return track(filter.release(pending, json, true));
    }

    /** Text added by the gateway itself (the disclosure line), sent with the rest. */
    void sentAlso(String text) {
        sent.append(text);
    }

    String sent() {
        return sent.toString();
    }

    private String track(String out) {
        sent.append(out);
        return out;
    }
}
