package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.Vendor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VendorRepository implements PanacheRepositoryBase<Vendor, UUID> {

    public Optional<Vendor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Looks a vendor up by id or by slug, whichever the caller has. */
    public Optional<Vendor> findByIdOrSlug(String idOrSlug) {
        try {
            return findByIdOptional(UUID.fromString(idOrSlug));
        } catch (IllegalArgumentException notAnId) {
            return findBySlug(idOrSlug);
        }
    }
}
