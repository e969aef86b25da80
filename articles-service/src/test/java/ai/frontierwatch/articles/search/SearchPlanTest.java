package ai.frontierwatch.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner serves searches from the GIN index, not by reading the articles table. Proved on a realistic
 * table: a copy of the article table (same columns and indexes) in its own schema, filled with 12,000
 * articles of 250 words each (title, summary, key points and text stored as the service stores them), analysed, with planner settings left at their defaults. EXPLAIN runs the
 * exact SQL the service runs.
 */
@QuarkusTest
class SearchPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void realisticTable() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS plan_probe CASCADE");
            s.execute("CREATE SCHEMA plan_probe");
            s.execute("CREATE TABLE plan_probe.article (LIKE public.article INCLUDING ALL)");
            // Word frequencies skewed like real text (a few common words, a long tail of rare ones); one
            // article in a hundred mentions qwen, one in three is Chinese.
            s.execute("""
                    INSERT INTO plan_probe.article (id, revision, title, title_source, language, summary, body_markdown,
                        plain_text, key_points, content_hash, ingested_at, updated_at, published_at, category, tags, source,
                        url, canonical_url, search_vector)
                    SELECT gen_random_uuid(), 1, 'Article ' || g || ': ' || left(words, 80), 'HEADING',
                           CASE WHEN g % 3 = 0 THEN 'zh-Hans' ELSE 'en' END, left(words, 600), words, words,
                           jsonb_build_array(left(words, 120), substr(words, 121, 120)), 'sha256:' || md5(words),
                           now(), now(), now() - make_interval(hours => g), 'category' || (g % 12),
                           jsonb_build_array('tag' || (g % 40), 'tag' || (g % 7)), 'source' || (g % 25),
                           'https://news.example/' || g, 'https://news.example/' || g,
                           setweight(to_tsvector('english', 'article ' || g), 'A') || to_tsvector('english', words)
                    FROM (SELECT g, (SELECT string_agg('w' || floor(power(random(), 3) * 20000)::int, ' ')
                                     FROM generate_series(1, 250) k WHERE g > 0)
                                    || CASE WHEN g % 100 = 0 THEN ' qwen 千问 通义' ELSE '' END AS words
                          FROM generate_series(1, 12000) g) generated""");
            s.execute("ANALYZE plan_probe.article");
        }
    }

    @AfterEach
    void dropTable() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS plan_probe CASCADE");
        }
    }

    @Test
    void englishChineseAndFilteredSearchesUseTheSearchIndex() throws Exception {
        SearchFilters none = new SearchFilters(null, null, null, null, null, null);
        SearchFilters filtered = new SearchFilters("en", null, null, null, null, null);
        assertIndexOnly(plan(SearchQuery.of("qwen"), none));
        assertIndexOnly(plan(SearchQuery.of("千問"), none));
        assertIndexOnly(plan(SearchQuery.of("qwen 通義"), filtered));
    }

    private static void assertIndexOnly(String plan) {
        assertThat(plan).contains("Bitmap Index Scan on article_search_vector_idx").doesNotContain("Seq Scan on article");
    }

    private String plan(SearchQuery query, SearchFilters filters) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path = plan_probe, public");
            }
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + SearchRepository.rankedSql(filters, null))) {
                SearchRepository.bindRanked(ps, query, filters, null, 1000, 20);
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("RESET search_path");
                }
            }
        }
    }
}
