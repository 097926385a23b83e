package dev.drainhunt.report;

import dev.drainhunt.progress.ProgressExport;

/** A learner's export and the file it was read from, as the user named it (notes and tables cite it). */
public record ExportFile(String name, ProgressExport export) {
}
