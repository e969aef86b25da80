package ai.frontierwatch.gateway.schema;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and results of the editors' mutations. */
public final class EditorInputs {

    private EditorInputs() {
    }

    @Input("SourceInput")
    @Description("Where a value was read.")
    public record SourceInput(String url, String articleId, String quote, @NonNull ReportedBy reportedBy,
            String publisher) {
    }

    @Input("RecordResultInput")
    @Description("A benchmark result to record. The same value again adds its source; a different value for the same "
            + "model, benchmark and conditions is kept beside the first and both are marked disputed.")
    public record RecordResultInput(
            @NonNull @Description("Model id or slug") String model,
            @NonNull @Description("Benchmark id or slug") String benchmark,
            @NonNull Double value,
            Double stderr,
            @Description("Conditions such as no-tools or pass@1") List<@NonNull String> conditions,
            LocalDate measuredOn,
            @NonNull List<@NonNull SourceInput> sources) {
    }

    @Description("What ingesting did to one article.")
    public enum IngestStatus { CREATED, UPDATED, UNCHANGED }

    @Type("IngestedArticle")
    @Description("One article produced by an ingested document (a digest yields several).")
    public record IngestedArticle(@NonNull String id, @NonNull String title, @NonNull IngestStatus status) {
    }
}
