package kz.senim.explain;

/** One thing wrong with a model file: where (a dotted path such as {@code features[2].labels.kk}) and what. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
