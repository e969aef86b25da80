package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

@ApplicationScoped
public class VendorService {

    /** A vendor as an editor or an import describes it. */
    public record VendorInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @NotBlank @Size(max = 200) String name,
            List<@NotBlank @Size(max = 200) String> aliases,
            @Size(max = 2) String country,
            @Size(max = 500) String website) {
    }

    private final VendorRepository vendors;
    private final ModelRepository models;
    private final CatalogWriter writer;

    public VendorService(VendorRepository vendors, ModelRepository models, CatalogWriter writer) {
        this.vendors = vendors;
        this.models = models;
        this.writer = writer;
    }

    @Transactional
    public Vendor create(VendorInput input) {
        Slugs.requireFree(vendors, input.slug(), "vendor");
        Vendor vendor = new Vendor();
        apply(vendor, input, false);
        return writer.create(vendor);
    }

    @Transactional
    public Vendor replace(String idOrSlug, VendorInput input) {
        Vendor vendor = find(idOrSlug);
        if (!vendor.slug.equals(input.slug())) {
            Slugs.requireFree(vendors, input.slug(), "vendor");
        }
        List<Object> before = vendor.contentSnapshot();
        apply(vendor, input, false);
        writer.update(vendor, before);
        return vendor;
    }

    /** Creates or merges (non-null fields win, aliases are added) by slug; used by imports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome merge(VendorInput input) {
        var existing = vendors.findBySlug(input.slug());
        if (existing.isEmpty()) {
            Vendor vendor = new Vendor();
            apply(vendor, input, false);
            writer.create(vendor);
            return Outcome.CREATED;
        }
        Vendor vendor = existing.get();
        List<Object> before = vendor.contentSnapshot();
        apply(vendor, input, true);
        return writer.update(vendor, before);
    }

    @Transactional
    public void delete(String idOrSlug) {
        Vendor vendor = find(idOrSlug);
        if (models.count("vendorId", vendor.id) > 0) {
            throw ProblemException.conflict("Vendor '" + vendor.slug + "' still has models; delete or move them first");
        }
        writer.delete(vendor);
    }

    public Vendor find(String idOrSlug) {
        return vendors.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("Vendor", idOrSlug));
    }

    private static void apply(Vendor vendor, VendorInput input, boolean merge) {
        vendor.slug = input.slug();
        vendor.name = merge && input.name() == null ? vendor.name : input.name();
        if (merge) {
            vendor.addAliases(input.aliases());
            vendor.country = input.country() != null ? input.country() : vendor.country;
            vendor.website = input.website() != null ? input.website() : vendor.website;
        } else {
            vendor.aliases = new java.util.ArrayList<>();
            vendor.addAliases(input.aliases());
            vendor.country = input.country();
            vendor.website = input.website();
        }
    }
}
