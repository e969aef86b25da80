package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.ResultRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ModelService {

    public static final Set<String> MODALITIES = Set.of("TEXT", "MULTIMODAL", "IMAGE", "VIDEO", "AUDIO", "EMBODIED",
            "EMBEDDING", "CODE");

    /** Prices per million input/output tokens, in a currency, as of a date. */
    public record PricingInput(@DecimalMin("0") BigDecimal inputPerMillion, @DecimalMin("0") BigDecimal outputPerMillion,
            @Size(min = 3, max = 3) String currency, LocalDate asOf) {
    }

    /** A model as an editor or an import describes it; {@code vendor} is an id or a slug. */
    public record ModelInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String vendor,
            List<@NotBlank @Size(max = 200) String> aliases,
            @Size(max = 200) String family,
            @Size(max = 40) String modality,
            LocalDate releaseDate,
            Boolean openWeights,
            @PositiveOrZero Long parameterCount,
            @PositiveOrZero Long contextWindow,
            @Valid PricingInput pricing) {
    }

    private final ModelRepository models;
    private final VendorRepository vendors;
    private final ResultRepository results;
    private final CatalogWriter writer;
    private final NameCollisions collisions;

    public ModelService(ModelRepository models, VendorRepository vendors, ResultRepository results,
            CatalogWriter writer, NameCollisions collisions) {
        this.models = models;
        this.vendors = vendors;
        this.results = results;
        this.writer = writer;
        this.collisions = collisions;
    }

    /** Creates a model; refused (409) when its slug, name or an alias is already another model's name. */
    @Transactional
    public Model create(ModelInput input) {
        Slugs.requireFree(models, input.slug(), "model");
        collisions.requireFree(null, names(input));
        Model model = new Model();
        apply(model, input, false);
        return writer.create(model);
    }

    @Transactional
    public Model replace(String idOrSlug, ModelInput input) {
        Model model = find(idOrSlug);
        if (!model.slug.equals(input.slug())) {
            Slugs.requireFree(models, input.slug(), "model");
        }
        collisions.requireFree(model.id, names(input));
        List<Object> before = model.contentSnapshot();
        apply(model, input, false);
        writer.update(model, before);
        return model;
    }

    /** Creates or merges by slug (non-null fields win, aliases are added); used by imports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome merge(ModelInput input) {
        var existing = models.findBySlug(input.slug());
        if (existing.isEmpty()) {
            Model model = new Model();
            apply(model, input, false);
            writer.create(model);
            return Outcome.CREATED;
        }
        return merge(existing.get(), input);
    }

    /** Merges into a known model (found by resolution, possibly under another slug); the slug is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome merge(Model model, ModelInput input) {
        List<Object> before = model.contentSnapshot();
        apply(model, new ModelInput(model.slug, input.name(), input.vendor(), input.aliases(), input.family(),
                input.modality(), input.releaseDate(), input.openWeights(), input.parameterCount(),
                input.contextWindow(), input.pricing()), true);
        return writer.update(model, before);
    }

    @Transactional
    public void delete(String idOrSlug) {
        Model model = find(idOrSlug);
        if (results.countForModel(model.id) > 0) {
            throw ProblemException.conflict("Model '" + model.slug + "' still has benchmark results");
        }
        writer.delete(model);
    }

    public Model find(String idOrSlug) {
        return models.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("Model", idOrSlug));
    }

    private void apply(Model model, ModelInput in, boolean merge) {
        String modality = in.modality() == null ? null : in.modality().strip().toUpperCase(java.util.Locale.ROOT);
        if (modality != null && !MODALITIES.contains(modality)) {
            throw ProblemException.unprocessable("Unknown modality '" + in.modality() + "'; one of "
                    + new java.util.TreeSet<>(MODALITIES), null);
        }
        java.util.UUID vendorId = in.vendor() == null ? null : vendors.findByIdOrSlug(in.vendor()).map(v -> v.id)
                .orElseThrow(() -> ProblemException.unprocessable("Vendor '" + in.vendor() + "' does not exist", null));
        model.slug = in.slug();
        model.name = pick(merge, in.name(), model.name);
        if (merge) {
            model.addAliases(in.aliases());
        } else {
            model.aliases = new ArrayList<>();
            model.addAliases(in.aliases());
        }
        model.vendorId = pick(merge, vendorId, model.vendorId);
        model.family = pick(merge, in.family(), model.family);
        model.modality = pick(merge, modality, model.modality);
        model.releaseDate = pick(merge, in.releaseDate(), model.releaseDate);
        model.openWeights = pick(merge, in.openWeights(), model.openWeights);
        model.parameterCount = pick(merge, in.parameterCount(), model.parameterCount);
        model.contextWindow = pick(merge, in.contextWindow(), model.contextWindow);
        PricingInput p = in.pricing();
        if (p != null || !merge) {
            model.priceInputPerMillion = p == null ? null : p.inputPerMillion();
            model.priceOutputPerMillion = p == null ? null : p.outputPerMillion();
            model.priceCurrency = p == null || p.currency() == null ? (p == null ? null : "USD") : p.currency();
            model.priceAsOf = p == null ? null : p.asOf();
        }
    }

    /** The names a model is found under but its family: slug, name and aliases. */
    private static List<String> names(ModelInput in) {
        List<String> names = new ArrayList<>();
        names.add(in.slug());
        names.add(in.name());
        if (in.aliases() != null) {
            names.addAll(in.aliases());
        }
        return names;
    }

    /** On merge, a missing value keeps what is stored; on replace, it clears it. */
    private static <T> T pick(boolean merge, T given, T current) {
        return merge && given == null ? current : given;
    }

    /** Vendor of a model, when it has one. */
    public Vendor vendorOf(Model model) {
        return model.vendorId == null ? null : vendors.findById(model.vendorId);
    }
}
