package kz.senim.explain;

public enum FeatureKind {
    NUMERIC, CATEGORICAL
}
