package ai.frontierwatch.models.importing;

/** One row of a file, ready to be applied inside an import transaction. */
public record PlannedRow(FileImport file, long line, Action action) {

    /** Applies the row; throws {@link RowException} when the row is bad (nothing of it is then written). */
    @FunctionalInterface
    public interface Action {
        void apply(FileImport.Tally tally);
    }
}
