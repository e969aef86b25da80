package ai.frontierwatch.models.importing;

/** A bad row: reported with its line, the other rows are kept. */
public class RowException extends RuntimeException {

    public RowException(String message) {
        super(message, null, false, false);
    }
}
