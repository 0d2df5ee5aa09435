package kz.senim.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

final class TestModels {

    private TestModels() {
    }

    static ScoringModel load(String name) {
        try (InputStream in = TestModels.class.getResourceAsStream("/models/" + name)) {
            return ModelParser.parse(in).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
