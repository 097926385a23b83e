package dev.drainhunt.progress;

/** The ways an export can be written out; each is a pure function of the export. */
public enum ExportFormat {
    JSON("json") {
        @Override
        public String render(ProgressExport export) {
            return ProgressJson.text(export);
        }
    },
    CSV("csv") {
        @Override
        public String render(ProgressExport export) {
            return CsvExport.render(export);
        }
    },
    MARKDOWN("md") {
        @Override
        public String render(ProgressExport export) {
            return MarkdownExport.render(export);
        }
    };

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public abstract String render(ProgressExport export);
}
