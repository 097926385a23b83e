package dev.drainhunt.render;

/** A number with its noun, singular for one: "1 exercise", "3 exercises". */
public final class Count {

    private Count() {
    }

    /** {@code n} and {@code noun}, with an s unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** For nouns whose plural is not the singular and an s: {@code of(n, "file is", "files are")}. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
