package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ModelService.PricingInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * LMArena's model list (scatterplot-data.json): organisation, licence and token prices per API model name.
 * Gives models their vendor, open-weights flag and prices (USD per million tokens) where still unknown.
 */
@ApplicationScoped
public class LmArenaModelMetadataImporter implements FormatImporter {

    private final ObjectMapper mapper;
    private final ImportOps ops;

    public LmArenaModelMetadataImporter(ObjectMapper mapper, ImportOps ops) {
        this.mapper = mapper;
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.LMARENA_MODEL_METADATA;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) throws IOException {
        List<PlannedRow> rows = new ArrayList<>();
        JsonNode root = mapper.readTree(file.text());
        long[] lines = elementLines(file.text(), root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            rows.add(new PlannedRow(report, lines[i], tally -> {
                String apiName = CatalogJsonImporter.text(n, "model_api_name");
                if (apiName == null) {
                    throw new RowException("no model_api_name");
                }
                String organization = CatalogJsonImporter.text(n, "organization");
                UUID vendorId = organization == null ? null : ops.vendor(ctx, organization, tally);
                String license = CatalogJsonImporter.text(n, "license");
                Boolean open = license == null ? null : !license.equalsIgnoreCase("Proprietary");
                BigDecimal in = price(CatalogJsonImporter.text(n, "input_token_price"));
                BigDecimal out = price(CatalogJsonImporter.text(n, "output_token_price"));
                PricingInput pricing = in == null && out == null ? null : new PricingInput(in, out, "USD", null);
                ModelInput known = new ModelInput(NameKeys.slugify(apiName), apiName,
                        vendorId == null ? null : vendorId.toString(), List.of(), null, null, null, open, null, null,
                        pricing);
                ops.upsertModel(ctx, apiName, known, tally);
            }));
        }
        return rows;
    }

    private static BigDecimal price(String s) {
        Double d = Numbers.parse(s);
        return d == null || d < 0 ? null : BigDecimal.valueOf(d);
    }

    /** The line each top-level array element starts on (elements are objects). */
    private long[] elementLines(String text, int count) throws IOException {
        long[] lines = new long[count];
        try (var p = mapper.getFactory().createParser(text)) {
            p.nextToken();
            for (int i = 0; i < count && p.nextToken() != null; i++) {
                lines[i] = p.currentTokenLocation().getLineNr();
                p.skipChildren();
            }
        }
        return lines;
    }
}
