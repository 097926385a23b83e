package dev.drainhunt.exercise;

/** The raw text of one pack file and the name to report problems against. */
public record SourceFile(String name, String text) {
}
