package kz.senim.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found in a rule pack: where ({@code path}, e.g. "questions/q_sector/showIf"), a message
 * code and its arguments, so the admin UI can show it in kk/ru/en. The codes are listed in the README.
 */
public record Problem(String path, String code, List<String> args) {

    public Problem {
        args = List.copyOf(args);
    }

    static Problem of(String path, String code, Object... args) {
        return new Problem(path, code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
