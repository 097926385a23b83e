package dev.drainhunt.exercise;

/** A link for further reading shown at the reveal. */
public record Reference(String title, String url) {
}
