package ai.frontierwatch.articles.parsing;

/** A document that cannot become an article at all (the reason is shown to the client). */
public class DocumentRejectedException extends RuntimeException {

    public enum Reason { EMPTY, NOT_UTF8, TOO_LARGE, FRONT_MATTER_NOT_YAML }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
