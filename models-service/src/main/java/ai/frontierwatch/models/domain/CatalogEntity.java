package ai.frontierwatch.models.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What vendors, models and benchmarks share: a stable slug, a display name and the other names they go by. */
@MappedSuperclass
public abstract class CatalogEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public abstract EntityKind kind();

    /** Every stored field, to tell whether an upsert changed anything. */
    public abstract List<Object> contentSnapshot();

    /** The family name a model is also found under; none for other kinds. */
    public String family() {
        return null;
    }

    /** Adds aliases not yet present (exact spelling), keeping order; true when something was added. */
    public boolean addAliases(List<String> more) {
        if (more == null || more.isEmpty()) {
            return false;
        }
        List<String> merged = new ArrayList<>(aliases);
        for (String alias : more) {
            String a = alias == null ? "" : alias.strip();
            if (!a.isEmpty() && !merged.contains(a) && !a.equals(name)) {
                merged.add(a);
            }
        }
        if (merged.size() == aliases.size()) {
            return false;
        }
        aliases = merged;
        return true;
    }
}
