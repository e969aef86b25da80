package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.insights.domain.CoMentions;
import ai.frontierwatch.insights.domain.Momentum;
import ai.frontierwatch.insights.domain.Trend;
import ai.frontierwatch.insights.service.IdResolver;
import ai.frontierwatch.insights.service.TrendService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mention trends by publication date. */
@Path("/api/v1/trends")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trends")
public class TrendResource {

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,3})([dw])");

    private final TrendService trends;
    private final IdResolver ids;

    public TrendResource(TrendService trends, IdResolver ids) {
        this.trends = trends;
        this.ids = ids;
    }

    @GET
    @Operation(summary = "Mentions per day or week of many models and vendors")
    public List<Trend> series(
            @Parameter(description = "Comma-separated model ids or slugs") @QueryParam("modelIds") String modelIds,
            @Parameter(description = "Comma-separated vendor ids or slugs") @QueryParam("vendorIds") String vendorIds,
            @Parameter(description = "day (default) or week") @QueryParam("interval") String interval,
            @Parameter(description = "First date (default: 90 days before to)") @QueryParam("from") String from,
            @Parameter(description = "Last date (default: today, UTC)") @QueryParam("to") String to) {
        List<String> entities = new ArrayList<>(ids.models(Params.ids(modelIds, "modelIds")));
        entities.addAll(ids.vendors(Params.ids(vendorIds, "vendorIds")));
        if (entities.isEmpty()) {
            throw ProblemException.badRequest("modelIds or vendorIds is required");
        }
        String unit = interval == null ? "day" : interval;
        if (!unit.equals("day") && !unit.equals("week")) {
            throw ProblemException.badRequest("interval must be day or week");
        }
        LocalDate last = Params.date(to, "to") == null ? LocalDate.now(ZoneOffset.UTC) : Params.date(to, "to");
        LocalDate first = Params.date(from, "from") == null ? last.minusDays(90) : Params.date(from, "from");
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > 3660) {
            throw ProblemException.badRequest("from must be on or before to, at most ten years apart");
        }
        return trends.series(entities, unit, first, last);
    }

    @GET
    @Path("/models")
    @Operation(summary = "Trending models: most added mentions in the window ending on asOf against the window before")
    public List<Momentum> momentum(
            @Parameter(description = "Window: 1-365 days (7d) or weeks (2w); default 7d") @QueryParam("window") String window,
            @Parameter(description = "Last day of the window (default today, UTC)") @QueryParam("asOf") String asOf,
            @Parameter(description = "1-100, default 10") @QueryParam("limit") Integer limit) {
        Matcher m = WINDOW.matcher(window == null ? "7d" : window);
        if (!m.matches()) {
            throw ProblemException.badRequest("window must look like 7d or 2w");
        }
        int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
        if (days < 1 || days > 365) {
            throw ProblemException.badRequest("window must be between 1 and 365 days");
        }
        LocalDate end = Params.date(asOf, "asOf") == null ? LocalDate.now(ZoneOffset.UTC) : Params.date(asOf, "asOf");
        return trends.momentum(days, end, Params.bounded(limit, 10, 1, 100, "limit"));
    }

    @GET
    @Path("/co-mentions")
    @Operation(summary = "For each model, the models most often named in the same articles")
    public List<CoMentions> coMentions(
            @Parameter(description = "Comma-separated model ids or slugs", required = true) @QueryParam("modelIds") String modelIds,
            @Parameter(description = "1-50, default 10") @QueryParam("limit") Integer limit) {
        return trends.coMentions(ids.models(Params.required(modelIds, "modelIds")), Params.bounded(limit, 10, 1, 50, "limit"));
    }
}
