package ai.frontierwatch.models.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A company or lab that makes models. */
@Entity
@Table(name = "vendor")
public class Vendor extends CatalogEntity {

    public String country;

    public String website;

    @Override
    public EntityKind kind() {
        return EntityKind.VENDOR;
    }

    @Override
    public List<Object> contentSnapshot() {
        return Arrays.asList(slug, name, List.copyOf(aliases), country, website);
    }
}
