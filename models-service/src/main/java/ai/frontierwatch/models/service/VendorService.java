package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.repository.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VendorService {

    /** What an editor sends to create a vendor. */
    public record NewVendor(String slug, String name, List<String> aliases, String country, String website) {
    }

    private final VendorRepository vendors;
    private final Outbox outbox;

    public VendorService(VendorRepository vendors, Outbox outbox) {
        this.vendors = vendors;
        this.outbox = outbox;
    }

    @Transactional
    public Vendor create(NewVendor request) {
        if (vendors.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A vendor with slug '" + request.slug() + "' already exists");
        }
        Vendor vendor = new Vendor();
        vendor.id = UUID.randomUUID();
        vendor.slug = request.slug();
        vendor.name = request.name();
        vendor.aliases = request.aliases() == null ? List.of() : List.copyOf(request.aliases());
        vendor.country = request.country();
        vendor.website = request.website();
        vendor.createdAt = Instant.now();
        vendor.updatedAt = vendor.createdAt;
        vendors.persistAndFlush(vendor);
        outbox.publish(EventType.VENDOR_UPSERTED, vendor.id.toString(), vendor.version + 1, toState(vendor));
        return vendor;
    }

    public static VendorState toState(Vendor vendor) {
        return new VendorState(vendor.id.toString(), vendor.slug, vendor.name, List.copyOf(vendor.aliases),
                vendor.country, vendor.website);
    }
}
