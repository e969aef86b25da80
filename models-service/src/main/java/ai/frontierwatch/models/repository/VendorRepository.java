package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class VendorRepository extends CatalogRepository<Vendor> {

    @Override
    protected Class<Vendor> entityClass() {
        return Vendor.class;
    }
}
