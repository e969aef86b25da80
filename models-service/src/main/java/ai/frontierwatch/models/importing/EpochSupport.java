package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import java.util.List;

/** Conventions shared by the Epoch AI benchmarking-hub files. */
final class EpochSupport {

    static final String PUBLISHER = "Epoch AI";
    static final String DATASET = "Epoch AI benchmarking data";

    private EpochSupport() {
    }

    /** A model known only by its Epoch model-version id (e.g. "gpt-5-2025-08-07_high"). */
    static ModelInput bareModel(String versionId) {
        return new ModelInput(NameKeys.slugify(versionId), versionId, null, List.of(), null, null, null, null, null,
                null, null);
    }

    static Source source(String url, String publisher, String file, long line, String quote) {
        return new Source(url == null || url.isBlank() ? null : url.strip(), null,
                DATASET + " (" + file + ", line " + line + "): " + quote, "THIRD_PARTY",
                publisher == null || publisher.isBlank() ? PUBLISHER : publisher.strip(), null);
    }
}
