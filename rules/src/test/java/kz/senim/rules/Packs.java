package kz.senim.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small test pack, whole or with one piece of text replaced (to break it on purpose). */
final class Packs {

    private Packs() {
    }

    static String miniYaml() {
        try (InputStream in = Packs.class.getResourceAsStream("/kz/senim/rules/mini-pack.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RulePack mini() {
        return RulePacks.fromYaml(miniYaml());
    }

    /** The mini pack with {@code from} replaced by {@code to}; fails if {@code from} is not there. */
    static RulePack mini(String from, String to) {
        String yaml = miniYaml();
        if (!yaml.contains(from)) throw new IllegalArgumentException("not in mini pack: " + from);
        return RulePacks.fromYaml(yaml.replace(from, to));
    }

    /** The mini pack with YAML appended to the obligations list. */
    static RulePack miniWithObligation(String obligationYaml) {
        return RulePacks.fromYaml(miniYaml() + obligationYaml);
    }
}
