package kz.senim.gateway.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Server-sent events as OpenAI streams them: an optional {@code event:} name and one {@code data:} payload. */
final class Sse {

    record Event(String name, String data) {
        static final String DONE = "[DONE]";

        boolean done() {
            return DONE.equals(data);
        }
    }

    private final BufferedReader in;

    Sse(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 8192);
    }

    /** The next event, or null at the end of the stream. */
    Event next() throws IOException {
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name, data.toString());
                }
                name = null;
                continue;
            }
            if (line.startsWith("data:")) {
                String v = line.substring(line.length() > 5 && line.charAt(5) == ' ' ? 6 : 5);
                data = data == null ? new StringBuilder(v) : data.append('\n').append(v);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            }
            // comments (":") and other fields are dropped
        }
        return data == null ? null : new Event(name, data.toString());
    }

    static void write(OutputStream out, String name, String data) throws IOException {
        StringBuilder b = new StringBuilder(data.length() + 32);
        if (name != null) {
            b.append("event: ").append(name).append('\n');
        }
        b.append("data: ").append(data).append("\n\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
