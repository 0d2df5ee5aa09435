package kz.senim.explain;

/** Which way a person can plausibly change a numeric feature (e.g. years of work experience only grow). */
public enum Direction {
    ANY, INCREASE_ONLY, DECREASE_ONLY;

    boolean allowsUp() {
        return this != DECREASE_ONLY;
    }

    boolean allowsDown() {
        return this != INCREASE_ONLY;
    }
}
