package ai.frontierwatch.models.importing;

import java.util.List;

/** What an import did, per file and in total. Line numbers are 1-based lines of the file. */
public record ImportReport(int created, int updated, int unchanged, int errorCount, List<FileResult> files) {

    public record RowError(String file, long line, String message) {
    }

    public record FileResult(String file, ImportFormat format, int created, int updated, int unchanged,
            List<RowError> errors) {
    }

    public static ImportReport of(List<FileResult> files) {
        return new ImportReport(
                files.stream().mapToInt(FileResult::created).sum(),
                files.stream().mapToInt(FileResult::updated).sum(),
                files.stream().mapToInt(FileResult::unchanged).sum(),
                files.stream().mapToInt(f -> f.errors().size()).sum(),
                files);
    }
}
