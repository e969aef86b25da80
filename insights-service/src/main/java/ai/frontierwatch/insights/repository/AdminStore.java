package ai.frontierwatch.insights.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/** Operator-level access to all projected and derived state. */
@ApplicationScoped
public class AdminStore {

    /** Everything derived from the topics, with the columns that define its content (no timestamps). */
    private static final Map<String, String> CONTENT = Map.of(
            "catalog_entity", "SELECT id, kind, slug, name, CAST(payload AS text), version, deleted FROM catalog_entity",
            "article_doc", "SELECT id, title, published_at, language, CAST(payload AS text), version, deleted, match_text FROM article_doc",
            "benchmark_result", "SELECT * FROM benchmark_result",
            "mention", "SELECT article_id, entity_kind, entity_id, mention_count, CAST(positions AS text), published_at FROM mention",
            "claim", "SELECT * FROM claim",
            "result_best", "SELECT * FROM result_best");

    private final EntityManager em;

    public AdminStore(EntityManager em) {
        this.em = em;
    }

    /** Drops every projection and derived row; editors' claim reviews are kept. */
    public void dropDerivedState() {
        em.createNativeQuery("TRUNCATE processed_event, catalog_entity, article_doc, benchmark_result, result_best, mention, claim")
                .executeUpdate();
        em.createNativeQuery("UPDATE catalog_revision SET revision = nextval('catalog_revision_sequence') WHERE id = 1")
                .executeUpdate();
    }

    /**
     * Takes the rebuild lease for {@code owner} unless another rebuild holds it; false when one does. The lease
     * lasts {@code seconds} unless renewed.
     */
    public boolean claimRebuild(String owner, long seconds) {
        return em.createNativeQuery("""
                UPDATE rebuild_lease SET owner = ?1, started_at = now(), expires_at = now() + make_interval(secs => ?2)
                WHERE id = 1 AND (expires_at IS NULL OR expires_at <= now())""")
                .setParameter(1, owner).setParameter(2, (double) seconds).executeUpdate() == 1;
    }

    /** Extends the lease of {@code owner}'s rebuild; false when it no longer holds it. */
    public boolean renewRebuild(String owner, long seconds) {
        return em.createNativeQuery("""
                UPDATE rebuild_lease SET expires_at = now() + make_interval(secs => ?2)
                WHERE id = 1 AND owner = ?1 AND expires_at > now()""")
                .setParameter(1, owner).setParameter(2, (double) seconds).executeUpdate() == 1;
    }

    /** Ends {@code owner}'s rebuild (nothing when it no longer holds the lease). */
    public void releaseRebuild(String owner) {
        em.createNativeQuery("UPDATE rebuild_lease SET expires_at = NULL WHERE id = 1 AND owner = ?1")
                .setParameter(1, owner).executeUpdate();
    }

    /** Whether a rebuild is running on any instance (its lease has not expired). */
    public boolean rebuildRunning() {
        return (Boolean) em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM rebuild_lease WHERE id = 1 AND expires_at > now())").getSingleResult();
    }

    /** Per table: row count and an MD5 of its content in a canonical order. Equal digests, equal state. */
    public Map<String, String> digests() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : new String[] {"catalog_entity", "article_doc", "benchmark_result", "result_best", "mention", "claim"}) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(md5(string_agg(CAST(t AS text), '|' "
                    + "ORDER BY CAST(t AS text))), '') FROM (" + CONTENT.get(table) + ") t").getSingleResult();
            out.put(table, row[0] + ":" + row[1]);
        }
        return out;
    }
}
