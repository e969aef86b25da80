package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.service.BenchmarkService;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ModelService;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ModelService.PricingInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.models.service.VendorService;
import ai.frontierwatch.models.service.VendorService.VendorInput;
import ai.frontierwatch.text.Conditions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Frontier Watch catalogue file ("format": "frontier-watch-catalog/v1"): vendors, models, benchmarks
 * and results referring to each other by slug. Entities are merged by slug; results are recorded with
 * their sources.
 */
@ApplicationScoped
public class CatalogJsonImporter implements FormatImporter {

    private static final Set<String> REPORTERS = Set.of("FIRST_PARTY", "THIRD_PARTY");

    private final ObjectMapper mapper;
    private final ImportOps ops;
    private final VendorService vendors;
    private final ModelService models;
    private final BenchmarkService benchmarks;

    public CatalogJsonImporter(ObjectMapper mapper, ImportOps ops, VendorService vendors, ModelService models,
            BenchmarkService benchmarks) {
        this.mapper = mapper;
        this.ops = ops;
        this.vendors = vendors;
        this.models = models;
        this.benchmarks = benchmarks;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.FRONTIER_WATCH_CATALOG;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) throws IOException {
        List<PlannedRow> rows = new ArrayList<>();
        for (JsonRows.Element e : JsonRows.arrayUnder(mapper, file.text(), "vendors")) {
            JsonNode n = e.node();
            rows.add(new PlannedRow(report, e.line(), tally -> {
                ChunkLock.beforeCatalogWrite();
                tally.add(vendors.merge(new VendorInput(required(n, "slug"), required(n, "name"), strings(n, "aliases"),
                        text(n, "country"), text(n, "website"))));
            }));
        }
        for (JsonRows.Element e : JsonRows.arrayUnder(mapper, file.text(), "models")) {
            JsonNode n = e.node();
            rows.add(new PlannedRow(report, e.line(), tally -> {
                ChunkLock.beforeCatalogWrite();
                String vendor = text(n, "vendor");
                UUID vendorId = vendor == null ? null : ops.knownVendor(ctx, vendor);
                if (vendor != null && vendorId == null) {
                    throw new RowException("unknown vendor '" + vendor + "'");
                }
                String modality = text(n, "modality");
                if (modality != null && !ModelService.MODALITIES.contains(modality.toUpperCase())) {
                    throw new RowException("unknown modality '" + modality + "'");
                }
                tally.add(models.merge(new ModelInput(required(n, "slug"), required(n, "name"),
                        vendorId == null ? null : vendorId.toString(), strings(n, "aliases"), text(n, "family"),
                        modality, Numbers.date(text(n, "releaseDate")),
                        n.hasNonNull("openWeights") ? n.get("openWeights").asBoolean() : null,
                        longValue(n, "parameterCount"), longValue(n, "contextWindow"), pricing(n.get("pricing")))));
            }));
        }
        for (JsonRows.Element e : JsonRows.arrayUnder(mapper, file.text(), "benchmarks")) {
            JsonNode n = e.node();
            rows.add(new PlannedRow(report, e.line(), tally -> {
                ChunkLock.beforeCatalogWrite();
                String unit = required(n, "unit").toUpperCase();
                if (!BenchmarkService.UNITS.contains(unit)) {
                    throw new RowException("unknown unit '" + unit + "'");
                }
                String category = text(n, "category");
                if (category != null && !BenchmarkService.CATEGORIES.contains(category.toUpperCase())) {
                    throw new RowException("unknown category '" + category + "'");
                }
                tally.add(benchmarks.merge(new BenchmarkInput(required(n, "slug"), required(n, "name"),
                        strings(n, "aliases"), category, unit,
                        n.hasNonNull("higherIsBetter") ? n.get("higherIsBetter").asBoolean() : null,
                        doubleValue(n, "minValue"), doubleValue(n, "maxValue"))));
            }));
        }
        for (JsonRows.Element e : JsonRows.arrayUnder(mapper, file.text(), "results")) {
            JsonNode n = e.node();
            rows.add(new PlannedRow(report, e.line(), tally -> recordResult(ctx, n, tally)));
        }
        return rows;
    }

    private void recordResult(ImportContext ctx, JsonNode n, FileImport.Tally tally) {
        String modelName = required(n, "model");
        String benchmarkName = required(n, "benchmark");
        UUID modelId = ops.knownModel(ctx, modelName);
        if (modelId == null) {
            throw new RowException("unknown model '" + modelName + "'");
        }
        Benchmark benchmark = ops.knownBenchmark(ctx, benchmarkName);
        if (benchmark == null) {
            throw new RowException("unknown benchmark '" + benchmarkName + "'");
        }
        Double value = doubleValue(n, "value");
        if (value == null) {
            throw new RowException("result without a numeric value");
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : n.path("sources")) {
            String reportedBy = text(s, "reportedBy");
            if (reportedBy == null || !REPORTERS.contains(reportedBy)) {
                throw new RowException("source reportedBy must be FIRST_PARTY or THIRD_PARTY");
            }
            sources.add(new Source(text(s, "url"), text(s, "articleId"), text(s, "quote"), reportedBy,
                    text(s, "publisher"), instant(text(s, "retrievedAt"))));
        }
        if (sources.isEmpty()) {
            throw new RowException("result without a source");
        }
        ops.record(new Measurement(modelId, benchmark, value, doubleValue(n, "stderr"), doubleValue(n, "lowerBound"),
                doubleValue(n, "upperBound"), Conditions.key(strings(n, "conditions")),
                Numbers.date(text(n, "measuredOn")), sources), tally);
    }

    private static PricingInput pricing(JsonNode p) {
        if (p == null || !p.isObject()) {
            return null;
        }
        return new PricingInput(decimal(p, "inputPerMillion"), decimal(p, "outputPerMillion"),
                text(p, "currency") == null ? "USD" : text(p, "currency"), Numbers.date(text(p, "asOf")));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new RowException("missing '" + field + "'");
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
        });
        return out;
    }

    private static Double doubleValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new RowException("'" + field + "' must be a number");
        }
        return v.asDouble();
    }

    private static Long longValue(JsonNode n, String field) {
        Double d = doubleValue(n, field);
        return d == null ? null : d.longValue();
    }

    private static java.math.BigDecimal decimal(JsonNode n, String field) {
        Double d = doubleValue(n, field);
        return d == null ? null : java.math.BigDecimal.valueOf(d);
    }

    private static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new RowException("retrievedAt '" + s + "' is not an ISO-8601 instant");
        }
    }
}
