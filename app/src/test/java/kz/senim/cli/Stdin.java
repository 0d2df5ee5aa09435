package kz.senim.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Runs a CLI command with the given text as its standard input, as a pipe would give it. */
final class Stdin {

    private Stdin() {
    }

    static int with(String text, Callable<Integer> command) throws Exception {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.call();
        } finally {
            System.setIn(previous);
        }
    }
}
