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
