package ai.frontierwatch.contracts.catalog;

import java.time.LocalDate;
import java.util.List;

/** Full state of a model after a change, as consumers need it to recognise and rank the model. */
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
        Boolean openWeights) {
}
