package dev.drainhunt.exercise;

import java.util.regex.Pattern;

/**
 * The kebab-case names a pack gives its pack, exercises, key points and mechanisms: lower-case words of letters and
 * digits joined by single hyphens. A class of its own so that its pattern is compiled when a pack is first
 * validated, and never by the runs that read the bundled pack's prebuilt image.
 */
final class Kebab {

    private static final String WORDS = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern NAME = Pattern.compile(WORDS);
    /** A mechanism's reference: {@code group/name}. */
    private static final Pattern REFERENCE = Pattern.compile(WORDS + "/" + WORDS);

    private Kebab() {
    }

    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    static boolean isReference(String reference) {
        return REFERENCE.matcher(reference).matches();
    }
}
