package dev.drainhunt.progress;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The ways an export can be written out; each is a pure function of the export and, for the formats people read,
 * the zone its times are shown in (JSON keeps ISO-8601 instants, for programs).
 */
public enum ExportFormat {
    JSON("json") {
        @Override
        public String render(ProgressExport export, ZoneId zone) {
            return ProgressJson.text(export);
        }
    },
    CSV("csv") {
        @Override
        public String render(ProgressExport export, ZoneId zone) {
            return CsvExport.render(export, zone);
        }
    },
    MARKDOWN("md") {
        @Override
        public String render(ProgressExport export, ZoneId zone) {
            return MarkdownExport.render(export, zone);
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

    /** @param zone where the times people read are shown (in UTC, they say so with a Z) */
    public abstract String render(ProgressExport export, ZoneId zone);

    /** As {@link #render(ProgressExport, ZoneId)}, times in UTC. */
    public String render(ProgressExport export) {
        return render(export, ZoneOffset.UTC);
    }
}
