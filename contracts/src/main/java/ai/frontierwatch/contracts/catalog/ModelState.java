package ai.frontierwatch.contracts.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Full state of a model after a change, as consumers need it to recognise, rank and describe the model. Size and
 * price fields are null when unknown.
 */
public record ModelState(
        String id,
        String slug,
        String name,
        String vendorId,
        String vendorSlug,
        List<String> aliases,
        String family,
        String modality,
        LocalDate releaseDate,
        Boolean openWeights,
        Long parameterCount,
        Long contextWindow,
        Pricing pricing) {

    /** A state without size and price, as consumers that only recognise models build it. */
    public ModelState(String id, String slug, String name, String vendorId, String vendorSlug, List<String> aliases,
            String family, String modality, LocalDate releaseDate, Boolean openWeights) {
        this(id, slug, name, vendorId, vendorSlug, aliases, family, modality, releaseDate, openWeights, null, null,
                null);
    }

    /** List prices per million tokens, in {@code currency}, as of {@code asOf}. */
    public record Pricing(BigDecimal inputPerMillion, BigDecimal outputPerMillion, String currency, LocalDate asOf) {
    }
}
