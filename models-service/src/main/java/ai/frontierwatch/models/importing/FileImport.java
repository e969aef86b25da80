package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.importing.ImportReport.RowError;
import ai.frontierwatch.models.service.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The running tally of one file's import. */
public final class FileImport {

    final String file;
    final ImportFormat format;
    private int created;
    private int updated;
    private int unchanged;
    private final List<RowError> errors = new ArrayList<>();

    FileImport(String file, ImportFormat format) {
        this.file = file;
        this.format = format;
    }

    synchronized void add(Tally tally) {
        created += tally.created;
        updated += tally.updated;
        unchanged += tally.unchanged;
    }

    synchronized void error(long line, String message) {
        errors.add(new RowError(file, line, message));
    }

    synchronized ImportReport.FileResult result() {
        // chunks that ran in parallel report their rows' errors out of order
        List<RowError> byLine = errors.stream().sorted(java.util.Comparator.comparingLong(RowError::line)).toList();
        return new ImportReport.FileResult(file, format, created, updated, unchanged, byLine);
    }

    /** Outcomes counted while a row runs; added to the file only once its transaction commits. */
    public static final class Tally {
        int created;
        int updated;
        int unchanged;

        void add(Tally other) {
            created += other.created;
            updated += other.updated;
            unchanged += other.unchanged;
        }

        public void add(Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }
}
