package kz.senim.gateway.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What differs between {@code /v1/chat/completions} and {@code /v1/responses}: where answers keep their text. */
interface Protocol {

    /** The upstream path after the base URL, also the audit's endpoint name. */
    String path();

    /** Filters a complete answer in place and adds the disclosure line. */
    void answer(ObjectNode answer, AnswerFilter filter, String disclosure);

    /** A rewriter for one streamed answer. */
    Rewriter stream(AnswerFilter filter, String disclosure, ObjectNode marker);

    /** An event to send to the client. */
    record Emit(String name, JsonNode data) {
    }

    interface Rewriter {
        /** The events to send for one upstream event. */
        void on(String name, ObjectNode data, List<Emit> out);

        /** Anything still held back when the upstream stream ends. */
        void end(List<Emit> out);
    }
}
