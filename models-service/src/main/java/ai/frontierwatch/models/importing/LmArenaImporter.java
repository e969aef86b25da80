package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.text.Conditions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An LMArena text leaderboard snapshot ({category: {model: {rating, rating_q025, rating_q975}}}): Arena
 * ratings with their 95% interval, per category ("full" is the overall board; others become a
 * "category=..." condition). The snapshot's date is the one in its file name, the import day otherwise.
 */
@ApplicationScoped
public class LmArenaImporter implements FormatImporter {

    static final String URL = "https://lmarena.ai/leaderboard/text";
    static final String PUBLISHER = "LMArena";

    private final ObjectMapper mapper;
    private final ImportOps ops;

    public LmArenaImporter(ObjectMapper mapper, ImportOps ops) {
        this.mapper = mapper;
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.LMARENA_LEADERBOARD;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) throws IOException {
        LocalDate named = Numbers.dateInName(file.name());
        LocalDate snapshot = named != null ? named : ctx.today;
        List<PlannedRow> rows = new ArrayList<>();
        for (JsonRows.Element e : JsonRows.twoLevels(mapper, file.text())) {
            String category = e.path().get(0);
            String modelKey = e.path().get(1);
            JsonNode n = e.node();
            rows.add(new PlannedRow(report, e.line(), tally -> {
                if (!n.path("rating").isNumber()) {
                    throw new RowException(category + "/" + modelKey + ": rating is not a number");
                }
                double rating = n.get("rating").asDouble();
                Double low = n.path("rating_q025").isNumber() ? n.get("rating_q025").asDouble() : null;
                Double high = n.path("rating_q975").isNumber() ? n.get("rating_q975").asDouble() : null;
                UUID modelId = ops.model(ctx, modelKey, () -> new ModelInput(NameKeys.slugify(modelKey), modelKey,
                        null, List.of(), null, null, null, null, null, null, null), tally);
                Benchmark arena = ops.benchmark(ctx, List.of("LMArena Text", "LMArena"), () -> new BenchmarkInput(
                        "lmarena-text", "LMArena Text", List.of("LMArena"), "PREFERENCE", "ELO", true, null, null),
                        tally);
                String condition = category.equals("full") ? null : "category=" + category.toLowerCase(Locale.ROOT);
                String quote = "LMArena text leaderboard " + snapshot + " (" + file.name() + ", line " + e.line()
                        + "), " + category + ": " + modelKey + " rating " + rating
                        + (low == null || high == null ? "" : " [" + low + ", " + high + "]");
                ops.record(new Measurement(modelId, arena, rating, null, low, high,
                        Conditions.key(condition == null ? List.of() : List.of(condition)), snapshot,
                        List.of(new Source(URL, null, quote, "THIRD_PARTY", PUBLISHER, null))), tally);
            }));
        }
        return rows;
    }
}
