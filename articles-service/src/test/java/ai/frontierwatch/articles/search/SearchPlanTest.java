package ai.frontierwatch.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner serves searches from indexes, never by reading the articles table sequentially: the walks
 * over the newest articles from the feed indexes, the rest of the matches from the GIN index. Proved on a
 * realistic table: a copy of the article table (same columns, storage and indexes) in its own schema,
 * filled with 12,000 articles of 250 words each (title, summary, key points and text stored as the service
 * stores them), analysed, with planner settings left at their defaults except those the service sets
 * itself. EXPLAIN runs the exact SQL the service runs, with 100 candidates (a table this small holds a
 * hundredth of the benchmark's).
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
    void walksReadTheFeedIndexesAndTheRestIsAskedOfTheSearchIndex() throws Exception {
        SearchFilters none = new SearchFilters(null, null, null, null, null, null);
        SearchFilters english = new SearchFilters("en", null, null, null, null, null);
        SearchRepository.Key start = new SearchRepository.Key(OffsetDateTime.now(), UUID.randomUUID());
        for (SearchQuery query : List.of(SearchQuery.of("qwen"), SearchQuery.of("千問"), SearchQuery.of("w1 qwen-max"))) {
            // steps 1 and 2: the newest articles in feed order, from the feed index (per language when filtered)
            assertThat(plan(SearchRepository.sampleSql(query, none), List.of(),
                    ps -> SearchRepository.bindSample(ps, query, none, 100)))
                    .contains("Index Scan using article_feed_at_id_idx").doesNotContain("Seq Scan");
            assertThat(plan(SearchRepository.sampleSql(query, english), List.of(),
                    ps -> SearchRepository.bindSample(ps, query, english, 100)))
                    .containsPattern("Index Scan using article_(language_)?feed_at_id_idx").doesNotContain("Seq Scan");
            assertThat(plan(SearchRepository.walkSql(query, none, true), List.of(),
                    ps -> SearchRepository.bindWalk(ps, query, none, start, 300, 100)))
                    .contains("Index Scan using article_feed_at_id_idx").doesNotContain("Seq Scan");
            assertThat(plan(SearchRepository.walkSql(query, english, true), List.of(),
                    ps -> SearchRepository.bindWalk(ps, query, english, start, 300, 100)))
                    .containsPattern("Index Scan using article_(language_)?feed_at_id_idx").doesNotContain("Seq Scan");
            // step 3: the matches through the GIN index
            for (SearchFilters filters : List.of(none, english)) {
                assertThat(plan(SearchRepository.olderSql(query, filters), SearchRepository.BITMAP_ONLY,
                        ps -> SearchRepository.bindOlder(ps, query, filters, start, 100)))
                        .contains("Bitmap Index Scan on article_search_vector_idx").doesNotContain("Seq Scan");
            }
        }
        // a phrase: the sample also tells which articles hold all its words; the bounded GIN step reads the
        // window from the feed index, so positions are re-checked in the window's articles only: ANDed with the
        // GIN index's rows when its words are not in nearly every article
        SearchRepository.Key windowEnd = new SearchRepository.Key(OffsetDateTime.now().minusHours(3000), UUID.randomUUID());
        for (SearchQuery phrase : List.of(SearchQuery.of("\"w1 w2\""), SearchQuery.of("\"w1 w300\""))) {
            assertThat(phrase.hasPhrase()).isTrue();
            assertThat(plan(SearchRepository.sampleSql(phrase, none), List.of(),
                    ps -> SearchRepository.bindSample(ps, phrase, none, 100)))
                    .contains("Index Scan using article_feed_at_id_idx").doesNotContain("Seq Scan");
            for (SearchFilters filters : List.of(none, english)) {
                assertThat(plan(SearchRepository.olderSql(phrase, filters, true), SearchRepository.BITMAP_ONLY,
                        ps -> SearchRepository.bindOlder(ps, phrase, filters, start, windowEnd, 100)))
                        .containsPattern("Bitmap Index Scan on article_(language_)?feed_at_id_idx")
                        .doesNotContain("Seq Scan");
            }
        }
        // w300 is in one article of fifteen: the window's rows and the GIN index's rows are ANDed
        SearchQuery rarer = SearchQuery.of("\"w1 w300\"");
        assertThat(plan(SearchRepository.olderSql(rarer, none, true), SearchRepository.BITMAP_ONLY,
                ps -> SearchRepository.bindOlder(ps, rarer, none, start, windowEnd, 100)))
                .contains("BitmapAnd").contains("Bitmap Index Scan on article_search_vector_idx");
        // a feed without query text
        assertThat(plan(SearchRepository.walkSql(null, none, false), List.of(),
                ps -> SearchRepository.bindWalk(ps, null, none, null, 100, 100)))
                .contains("Index Scan using article_feed_at_id_idx").doesNotContain("Seq Scan");
    }

    @Test
    void splitNamesAreMatchedByTheirLexemesWithoutPositionRecheck() throws Exception {
        String tsquery = tsquery(SearchQuery.of("Qwen3-Max GPT-5.2"));
        assertThat(tsquery).isEqualTo("'max' & 'qwen3' & 'qwen3-max' & '-5.2' & 'gpt'");
        assertThat(tsquery(SearchQuery.of("\"GPT-5.2 release\""))).isEqualTo("'gpt' <-> '-5.2' <-> 'releas'");
        SearchFilters none = new SearchFilters(null, null, null, null, null, null);
        SearchQuery split = SearchQuery.of("qwen-w1");
        String plan = plan(SearchRepository.olderSql(split, none), SearchRepository.BITMAP_ONLY,
                ps -> SearchRepository.bindOlder(ps, split, none,
                        new SearchRepository.Key(OffsetDateTime.now(), UUID.randomUUID()), 100));
        assertThat(plan).contains("Bitmap Index Scan on article_search_vector_idx").doesNotContain("<->");
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws Exception;
    }

    private String tsquery(SearchQuery query) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT (" + query.sql() + ")::text")) {
            query.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String plan(String sql, List<String> settings, Binder binder) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL search_path = plan_probe, public");
                for (String setting : settings) {
                    s.execute(setting);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                binder.bind(ps);
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
