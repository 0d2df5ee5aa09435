package kz.senim.explain;

/** IDENTITY: threshold on the linear score; LOGISTIC: threshold on p = 1 / (1 + e^-score). */
public enum Link {
    IDENTITY, LOGISTIC
}
