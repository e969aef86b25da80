package ai.frontierwatch.models.service;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.BenchmarkResult;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.ResultRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import ai.frontierwatch.text.Conditions;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the whole catalogue as a "frontier-watch-catalog/v1" file, the format the import reads: exporting
 * and importing the file again changes nothing. Streams page by page so the size of the catalogue does not
 * matter.
 */
@ApplicationScoped
public class ExportService {

    private static final int PAGE = 1000;

    private final VendorRepository vendors;
    private final ModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final ResultRepository results;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public ExportService(VendorRepository vendors, ModelRepository models, BenchmarkRepository benchmarks,
            ResultRepository results, EntityManager em, ObjectMapper mapper) {
        this.vendors = vendors;
        this.models = models;
        this.benchmarks = benchmarks;
        this.results = results;
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    public void export(OutputStream out) throws IOException {
        Map<UUID, String> vendorSlugs = new HashMap<>();
        Map<UUID, String> modelSlugs = new HashMap<>();
        Map<UUID, String> benchmarkSlugs = new HashMap<>();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", "frontier-watch-catalog/v1");
            json.writeArrayFieldStart("vendors");
            for (Vendor v : vendors.listAll(io.quarkus.panache.common.Sort.by("slug"))) {
                vendorSlugs.put(v.id, v.slug);
                write(json, entry("slug", v.slug, "name", v.name, "aliases", v.aliases, "country", v.country,
                        "website", v.website));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("models");
            for (Model m : models.listAll(io.quarkus.panache.common.Sort.by("slug"))) {
                modelSlugs.put(m.id, m.slug);
                Map<String, Object> e = entry("slug", m.slug, "name", m.name, "vendor", vendorSlugs.get(m.vendorId),
                        "aliases", m.aliases, "family", m.family, "modality", m.modality, "releaseDate",
                        m.releaseDate, "openWeights", m.openWeights, "parameterCount", m.parameterCount,
                        "contextWindow", m.contextWindow);
                if (m.priceInputPerMillion != null || m.priceOutputPerMillion != null) {
                    e.put("pricing", entry("inputPerMillion", m.priceInputPerMillion, "outputPerMillion",
                            m.priceOutputPerMillion, "currency", m.priceCurrency, "asOf", m.priceAsOf));
                }
                write(json, e);
            }
            em.clear();
            json.writeEndArray();
            json.writeArrayFieldStart("benchmarks");
            for (Benchmark b : benchmarks.listAll(io.quarkus.panache.common.Sort.by("slug"))) {
                benchmarkSlugs.put(b.id, b.slug);
                write(json, entry("slug", b.slug, "name", b.name, "aliases", b.aliases, "category", b.category,
                        "unit", b.unit, "higherIsBetter", b.higherIsBetter, "minValue", b.minValue, "maxValue",
                        b.maxValue));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            UUID after = null;
            while (true) {
                List<BenchmarkResult> page = (after == null ? results.find("order by id")
                        : results.find("id > ?1 order by id", after)).page(0, PAGE).list();
                for (BenchmarkResult r : page) {
                    write(json, entry("model", modelSlugs.get(r.modelId), "benchmark", benchmarkSlugs.get(r.benchmarkId),
                            "value", r.value, "stderr", r.stderr, "lowerBound", r.lowerBound, "upperBound",
                            r.upperBound, "conditions", Conditions.parts(r.conditions), "measuredOn", r.measuredOn,
                            "sources", r.sources.stream().map(ExportService::source).toList()));
                }
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void write(JsonGenerator json, Map<String, Object> entry) throws IOException {
        mapper.writeValue(json, entry);
    }

    private static Map<String, Object> source(Source s) {
        return entry("url", s.url(), "articleId", s.articleId(), "quote", s.quote(), "reportedBy", s.reportedBy(),
                "publisher", s.publisher(), "retrievedAt", s.retrievedAt() == null ? null : s.retrievedAt().toString());
    }

    /** An ordered map of the non-null pairs. */
    private static Map<String, Object> entry(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1] instanceof java.time.LocalDate d ? d.toString() : pairs[i + 1]);
            }
        }
        return map;
    }
}
