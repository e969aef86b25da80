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
    public record SourceInput(@Description("Web page of the report") String url,
            @Description("Id of the Frontier Watch article it was read in") String articleId,
            @Description("The exact words of the report") String quote,
            @NonNull @Description("Whether the model's vendor or a third party reported it") ReportedBy reportedBy,
            @Description("Who published the report") String publisher) {
    }

    @Input("RecordResultInput")
    @Description("A benchmark result to record. The same value again adds its source; a different value for the same "
            + "model, benchmark and conditions is kept beside the first and both are marked disputed.")
    public record RecordResultInput(
            @NonNull @Description("Model id or slug") String model,
            @NonNull @Description("Benchmark id or slug") String benchmark,
            @NonNull @Description("The score, in the benchmark's unit") Double value,
            @Description("Standard error, when reported") Double stderr,
            @Description("Conditions such as no-tools or pass@1") List<@NonNull String> conditions,
            @Description("When it was measured or reported") LocalDate measuredOn,
            @NonNull @Description("Where it was read; at least one") List<@NonNull SourceInput> sources) {
    }

    @Description("What ingesting did to one article.")
    public enum IngestStatus {
        @Description("A new article was stored") CREATED,
        @Description("Stored before (same canonical URL, or same title and date); its content was replaced by this version")
        UPDATED,
        @Description("Stored before with the same content; nothing changed") UNCHANGED
    }

    @Type("IngestedArticle")
    @Description("One article produced by an ingested document (a digest yields several).")
    public record IngestedArticle(@NonNull @Description("The article's id, for `article(id:)`") String id,
            @NonNull @Description("Its title") String title,
            @NonNull @Description("What ingesting did to it") IngestStatus status) {
    }
}
