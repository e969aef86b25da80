package ai.frontierwatch.articles.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;

/**
 * Full-text search and feeds, served by indexes: the GIN index on article.search_vector, the feed index
 * (feed_at, id) and the feed index per language. No statement reads the article table sequentially.
 *
 * <p>A search works on a bounded candidate set: the newest {@code n} matches (newest by feed_at, then id),
 * which are ranked and counted for facets. Common words match half of the corpus, and visiting every match
 * is what costs; the candidates are found in at most three steps, each bounded:
 * <ol>
 * <li>read the newest {@code n} articles that pass the filters in feed order (an index scan) and keep those
 *     that match: a sample that tells how common the query is;</li>
 * <li>when they are not all matches, the share of matches tells which is cheaper for the rest: walking
 *     further in feed order (about need/share rows, stopping at the last candidate needed) or visiting
 *     every remaining match through the GIN index. A word that one article in ten contains is done by
 *     walking;</li>
 * <li>through the GIN index: the remaining matches older than the walked articles (bitmap scans only, so a
 *     rare query costs its matches, however common its single words are). A phrase is the exception: the
 *     index knows words, not their positions, so every article holding all the phrase's words is re-checked
 *     (a third of the corpus for two common words). The sample tells how many that would be; beyond twice a
 *     budget of checks, the step searches only the newest window of articles that holds about the budget (the feed
 *     index's rows of the window ANDed with the GIN index's), and the candidates are the newest matches,
 *     fewer than {@code n}, with an estimated total.</li>
 * </ol>
 * When every match was found the total is exact; otherwise it is estimated from the share of matches among
 * the articles the candidates span (the newest {@code n} matches lie within the newest W articles that pass
 * the filters: total ≈ n · population / W).
 */
@ApplicationScoped
public class SearchRepository {

    /** Planner settings of the GIN step: bitmap scans only (a feed walk there could read the whole table). */
    public static final List<String> BITMAP_ONLY = List.of("SET LOCAL enable_seqscan = off",
            "SET LOCAL enable_indexscan = off");

    /** Articles of the sample in which a phrase's words are tested, to tell how many hold them all. */
    static final int EVERY_WORD_SAMPLE = 200;

    private static final String COLUMNS = "a.id, a.feed_at, a.category, a.language, a.published_at, a.tags";
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.e+]+)");

    /** A row of a result page. */
    public record Row(UUID id, float score, Instant feedAt) {
    }

    /**
     * A candidate of a search: its score, what facets count (month: of publication, UTC, YYYY-MM), and its
     * position among the articles of the walk that found it (0 when found through the GIN index).
     */
    public record Candidate(UUID id, float score, Instant feedAt, String category, String language,
            String month, List<String> tags, long position) {
    }

    /**
     * The candidates (the newest matches, at most n) and the number of matches: exact when {@code exact}
     * (then every match is a candidate), else an estimate of at least n.
     */
    public record Candidates(List<Candidate> rows, long total, boolean exact) {
    }

    /** A facet value and how many matching articles have it. */
    public record FacetCount(String value, long count) {
    }

    /** Feed position: (feed_at, id), newest first. */
    public record Key(OffsetDateTime feedAt, UUID id) {
    }

    private final AgroalDataSource dataSource;

    public SearchRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The newest {@code n} articles that match {@code query} (all articles when it is null) and pass the
     * filters, scored by ts_rank_cd (0 without query), and how many there are in all.
     */
    public Candidates candidates(SearchQuery query, SearchFilters filters, int n) {
        return candidates(query, filters, n, Integer.MAX_VALUE);
    }

    /**
     * As {@link #candidates(SearchQuery, SearchFilters, int)}; a query with a phrase re-checks positions in
     * about {@code phraseChecks} articles at most past the walked ones (those holding every word of the
     * phrase, newest first). When that bound stops the search, the candidates are the matches found, which
     * are still the newest ones, and the total is estimated.
     */
    public Candidates candidates(SearchQuery query, SearchFilters filters, int n, int phraseChecks) {
        try (Connection c = dataSource.getConnection()) {
            if (query == null) {
                List<Candidate> rows = query(c, walkSql(null, filters, false), ps -> bindWalk(ps, null, filters, null, n, n));
                return rows.size() < n ? new Candidates(rows, rows.size(), true)
                        : new Candidates(rows, Math.max(n, population(c, filters)), false);
            }
            List<Read> sample = read(c, sampleSql(query, filters), ps -> bindSample(ps, query, filters, n));
            List<Candidate> found = new ArrayList<>(sample.stream().filter(Read::match).map(Read::candidate).toList());
            if (sample.size() < n) {
                return exact(found); // no more articles than that: all seen
            }
            if (found.size() == n) {
                return estimate(found, population(c, filters), n);
            }
            Candidate lastRead = sample.get(sample.size() - 1).candidate();
            Key end = new Key(lastRead.feedAt().atOffset(ZoneOffset.UTC), lastRead.id());
            long walked = n;
            long everyWord = sample.stream().filter(Read::everyWord).count();
            int need = n - found.size();
            double share = found.size() / (double) n;
            long population = population(c, filters);
            long rest = Math.max(0, population - walked);
            if (share > 0 && need / share < share * rest) {
                int more = (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(1.5 * need / share));
                Key from = end;
                int limit = need;
                List<Candidate> next = query(c, walkSql(query, filters, true),
                        ps -> bindWalk(ps, query, filters, from, more, limit));
                found.addAll(next);
                if (found.size() == n) {
                    return estimate(found, population, walked + last(next).position());
                }
                end = boundary(c, filters, end, more);
                if (end == null) {
                    return exact(found);
                }
                walked += more;
                need = n - found.size();
            }
            // A phrase: the GIN index gives the articles holding every word, and each one's positions are
            // re-checked. When the sample says there are more than twice the budget of them, only the newest
            // window of articles that holds about the budget is searched (below that, all are: the answer
            // stays complete for at most twice the work).
            Key until = null;
            long window = 0;
            if (query.hasPhrase()) {
                double shareOfEvery = Math.max(1, everyWord) / (double) Math.min(n, EVERY_WORD_SAMPLE);
                if (shareOfEvery * Math.max(0, population - walked) > 2.0 * phraseChecks) {
                    window = (long) Math.ceil(phraseChecks / shareOfEvery);
                    until = boundary(c, filters, end, (int) Math.min(Integer.MAX_VALUE, window));
                }
            }
            Key from = end;
            Key to = until;
            int limit = need;
            List<Candidate> older = bitmapOnly(c, () -> query(c, olderSql(query, filters, to != null),
                    ps -> bindOlder(ps, query, filters, from, to, limit)));
            found.addAll(older);
            if (older.size() < need) {
                // every match newer than the window's end was found: the newest matches, all of them unless
                // the window stopped short of the oldest articles
                return until == null ? exact(found) : estimate(found, population, walked + window);
            }
            // (feed_at, id) in PostgreSQL's order: uuids compare as their text
            Candidate oldest = found.stream().min(Comparator.comparing(Candidate::feedAt)
                    .thenComparing(candidate -> candidate.id().toString())).orElseThrow();
            return estimate(found, population, count(c, filters, oldest));
        } catch (SQLException e) {
            throw new IllegalStateException("search query failed", e);
        }
    }

    public List<Row> feed(SearchFilters filters, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT a.id, 0::real AS score, a.feed_at FROM article a WHERE TRUE");
        where(sql, filters);
        if (after != null) {
            sql.append(" AND (a.feed_at, a.id) < (?, ?)");
        }
        sql.append(" ORDER BY a.feed_at DESC, a.id DESC LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql.toString())) {
            int i = bindFilters(ps, 1, filters);
            if (after != null) {
                ps.setObject(i++, Instant.EPOCH.plus(after.feedMicros(), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                ps.setObject(i++, after.id());
            }
            ps.setInt(i, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getFloat(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("feed query failed", e);
        }
    }

    // --- statements (public so that a test can EXPLAIN exactly what runs) ---

    /**
     * Step 1: the newest {@code n} articles that pass the filters, in feed order, each with whether it
     * matches; score and tags of the matches. Columns: id, score, feed_at, category, language, published_at,
     * tags, position, match, and for a query with a phrase whether the article holds all of its words (for
     * the newest {@value #EVERY_WORD_SAMPLE} only, false for the others).
     */
    public static String sampleSql(SearchQuery query, SearchFilters filters) {
        StringBuilder inner = new StringBuilder("SELECT ").append(COLUMNS)
                .append(", a.search_vector, a.search_vector @@ ").append(query.sql())
                .append(" AS hit, row_number() OVER (ORDER BY a.feed_at DESC, a.id DESC) AS pos FROM article a WHERE TRUE");
        where(inner, filters);
        inner.append(" ORDER BY a.feed_at DESC, a.id DESC LIMIT ?");
        // each test of a vector decompresses it: the words of a phrase are tested in the newest few only
        String every = query.hasPhrase() ? ", CASE WHEN w.pos <= " + EVERY_WORD_SAMPLE + " THEN w.search_vector @@ "
                + query.words().sql() + " ELSE false END" : "";
        return "SELECT w.id, CASE WHEN w.hit THEN ts_rank_cd(w.search_vector, " + query.sql() + ", 1)::real END, "
                + facetColumns("w", "w.hit") + ", w.pos, w.hit" + every + " FROM (" + inner
                + ") w ORDER BY w.feed_at DESC, w.id DESC";
    }

    /**
     * feed_at in microseconds, then category, language, publication time in UTC (text, whose first seven
     * characters are the month) and tags (JSON text) of the rows for which {@code when} holds. Formatting the
     * month and unnesting the tags per row in SQL cost more than ranking them.
     */
    private static String facetColumns(String t, String when) {
        String only = "true".equals(when) ? "" : "CASE WHEN " + when + " THEN ";
        String end = only.isEmpty() ? "" : " END";
        return "(extract(epoch FROM " + t + ".feed_at) * 1000000)::bigint, " + only + t + ".category" + end + ", "
                + only + t + ".language" + end + ", " + only + "(" + t + ".published_at AT TIME ZONE 'UTC')::text" + end
                + ", " + only + t + ".tags::text" + end;
    }

    public static void bindSample(PreparedStatement ps, SearchQuery query, SearchFilters filters, int n)
            throws SQLException {
        int i = query.bind(ps, 1);
        if (query.hasPhrase()) {
            i = query.words().bind(ps, i);
        }
        i = query.bind(ps, i);
        i = bindFilters(ps, i, filters);
        ps.setInt(i, n);
    }

    /**
     * Step 2 (and feeds): the newest {@code window} articles that pass the filters (older than a start key
     * when {@code fromKey}), in feed order, keeping those that match, at most {@code limit}. Without query:
     * the newest {@code limit} articles. Columns as {@link #sampleSql}.
     */
    public static String walkSql(SearchQuery query, SearchFilters filters, boolean fromKey) {
        StringBuilder inner = new StringBuilder("SELECT ").append(COLUMNS)
                .append(", a.search_vector, row_number() OVER (ORDER BY a.feed_at DESC, a.id DESC) AS pos")
                .append(" FROM article a WHERE TRUE");
        where(inner, filters);
        if (fromKey) {
            inner.append(" AND (a.feed_at, a.id) < (?, ?)");
        }
        inner.append(" ORDER BY a.feed_at DESC, a.id DESC LIMIT ?");
        String score = query == null ? "0::real" : "ts_rank_cd(w.search_vector, " + query.sql() + ", 1)::real";
        return "SELECT w.id, " + score + ", " + facetColumns("w", "true") + ", w.pos, true FROM (" + inner + ") w"
                + (query == null ? "" : " WHERE w.search_vector @@ " + query.sql())
                + " ORDER BY w.feed_at DESC, w.id DESC LIMIT ?";
    }

    public static void bindWalk(PreparedStatement ps, SearchQuery query, SearchFilters filters, Key from, int window,
            int limit) throws SQLException {
        int i = 1;
        if (query != null) {
            i = query.bind(ps, i);
        }
        i = bindFilters(ps, i, filters);
        if (from != null) {
            ps.setObject(i++, from.feedAt());
            ps.setObject(i++, from.id());
        }
        ps.setInt(i++, window);
        if (query != null) {
            i = query.bind(ps, i);
        }
        ps.setInt(i, limit);
    }

    /**
     * Step 3: the newest {@code limit} matches older than a key, through the GIN index (run with
     * {@link #BITMAP_ONLY}). Columns as {@link #sampleSql}.
     */
    public static String olderSql(SearchQuery query, SearchFilters filters) {
        return olderSql(query, filters, false);
    }

    /**
     * Step 3 with {@code bounded}: only the matches not older than a second key, the oldest article of a
     * window in feed order (the feed index's rows of the window and the GIN index's rows are ANDed as
     * bitmaps, so a phrase's positions are re-checked in the window's articles only).
     */
    public static String olderSql(SearchQuery query, SearchFilters filters, boolean bounded) {
        // sorted narrow (the row's address and feed key), then the chosen rows are read by address: sorting
        // the rows with their vectors would spill to disk
        StringBuilder inner = new StringBuilder("SELECT a.ctid AS tid FROM article a WHERE a.search_vector @@ ")
                .append(query.sql());
        where(inner, filters);
        inner.append(" AND (a.feed_at, a.id) < (?, ?)");
        if (bounded) {
            inner.append(" AND (a.feed_at, a.id) >= (?, ?)");
        }
        inner.append(" ORDER BY a.feed_at DESC, a.id DESC LIMIT ?");
        return "SELECT c.id, ts_rank_cd(c.search_vector, " + query.sql() + ", 1)::real, " + facetColumns("c", "true")
                + ", 0, true FROM (" + inner + ") s "
                + "JOIN article c ON c.ctid = s.tid";
    }

    public static void bindOlder(PreparedStatement ps, SearchQuery query, SearchFilters filters, Key from, int limit)
            throws SQLException {
        bindOlder(ps, query, filters, from, null, limit);
    }

    /** Binds {@link #olderSql(SearchQuery, SearchFilters, boolean)}; {@code until} when bounded. */
    public static void bindOlder(PreparedStatement ps, SearchQuery query, SearchFilters filters, Key from, Key until,
            int limit) throws SQLException {
        int i = query.bind(ps, 1);
        i = query.bind(ps, i);
        i = bindFilters(ps, i, filters);
        ps.setObject(i++, from.feedAt());
        ps.setObject(i++, from.id());
        if (until != null) {
            ps.setObject(i++, until.feedAt());
            ps.setObject(i++, until.id());
        }
        ps.setInt(i, limit);
    }

    /** Key of the {@code window}-th newest article that passes the filters (older than a key when given). */
    private static Key boundary(Connection c, SearchFilters filters, Key from, int window) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.feed_at, a.id FROM article a WHERE TRUE");
        where(sql, filters);
        if (from != null) {
            sql.append(" AND (a.feed_at, a.id) < (?, ?)");
        }
        sql.append(" ORDER BY a.feed_at DESC, a.id DESC OFFSET ? LIMIT 1");
        try (PreparedStatement ps = prepare(c, sql.toString())) {
            int i = bindFilters(ps, 1, filters);
            if (from != null) {
                ps.setObject(i++, from.feedAt());
                ps.setObject(i++, from.id());
            }
            ps.setInt(i, window - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Key(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, UUID.class)) : null;
            }
        }
    }

    /** Articles that pass the filters and are not older than a candidate (an index scan over them). */
    private static long count(Connection c, SearchFilters filters, Candidate oldest) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM article a WHERE TRUE");
        where(sql, filters);
        sql.append(" AND (a.feed_at, a.id) >= (?, ?)");
        try (PreparedStatement ps = prepare(c, sql.toString())) {
            int i = bindFilters(ps, 1, filters);
            ps.setObject(i++, oldest.feedAt().atOffset(ZoneOffset.UTC));
            ps.setObject(i, oldest.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The planner's estimate of the articles that pass the filters (no rows are read). */
    private static long population(Connection c, SearchFilters filters) throws SQLException {
        StringBuilder sql = new StringBuilder("EXPLAIN (FORMAT JSON) SELECT 1 FROM article a WHERE TRUE");
        where(sql, filters);
        try (PreparedStatement ps = prepare(c, sql.toString())) {
            bindFilters(ps, 1, filters);
            try (ResultSet rs = ps.executeQuery()) {
                Matcher m = PLAN_ROWS.matcher(rs.next() ? rs.getString(1) : "");
                return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
            }
        }
    }

    private static Candidates exact(List<Candidate> found) {
        return new Candidates(found, found.size(), true);
    }

    /** n candidates found among the newest {@code spanned} of {@code population} articles. */
    private static Candidates estimate(List<Candidate> found, long population, long spanned) {
        long total = Math.round(found.size() * (double) Math.max(population, spanned) / Math.max(1, spanned));
        return new Candidates(found, Math.max(found.size(), total), false);
    }

    private static Candidate last(List<Candidate> rows) {
        return rows.get(rows.size() - 1);
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    /** Runs a step in a transaction whose planner uses bitmap scans only. */
    private static <T> T bitmapOnly(Connection c, Step<T> step) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                for (String setting : BITMAP_ONLY) {
                    s.execute(setting);
                }
            }
            T result = step.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static void where(StringBuilder sql, SearchFilters f) {
        if (f.language() != null) {
            sql.append(" AND a.language = ?");
        }
        if (f.category() != null) {
            sql.append(" AND a.category = ?");
        }
        if (f.tag() != null) {
            sql.append(" AND a.tags @> ?::jsonb");
        }
        if (f.source() != null) {
            sql.append(" AND a.source = ?");
        }
        // on feed_at, which the feed indexes order by: published_at when there is a date, else the year 1,
        // which no date range holds; so the indexes alone answer the date filters (counts and window bounds
        // read no rows)
        if (f.from() != null || f.to() != null) {
            sql.append(" AND a.feed_at > '0001-01-01 00:00:00+00'::timestamptz");
        }
        if (f.from() != null) {
            sql.append(" AND a.feed_at >= ?");
        }
        if (f.to() != null) {
            sql.append(" AND a.feed_at < ?");
        }
    }

    public static int bindFilters(PreparedStatement ps, int i, SearchFilters f) throws SQLException {
        if (f.language() != null) {
            ps.setString(i++, f.language());
        }
        if (f.category() != null) {
            ps.setString(i++, f.category());
        }
        if (f.tag() != null) {
            ps.setString(i++, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(f.tag()).toString());
        }
        if (f.source() != null) {
            ps.setString(i++, f.source());
        }
        if (f.from() != null) {
            ps.setObject(i++, f.from().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            ps.setObject(i++, f.to().atOffset(ZoneOffset.UTC));
        }
        return i;
    }

    /**
     * A statement planned for its values every time (never a generic plan): the query words and filters
     * decide between index paths, and the tsquery is computed once while planning.
     */
    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        return ps;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** A row read: a candidate when it matches. */
    private record Read(Candidate candidate, boolean match, boolean everyWord) {
    }

    private static List<Candidate> query(Connection c, String sql, Binder binder) throws SQLException {
        return read(c, sql, binder).stream().map(Read::candidate).toList();
    }

    private static List<Read> read(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql)) {
            binder.bind(ps);
            List<Read> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                boolean everyWordColumn = rs.getMetaData().getColumnCount() >= 10;
                while (rs.next()) {
                    String published = rs.getString(6);
                    rows.add(new Read(new Candidate(rs.getObject(1, UUID.class), rs.getFloat(2),
                            Instant.EPOCH.plus(rs.getLong(3), ChronoUnit.MICROS), rs.getString(4), rs.getString(5),
                            published == null ? null : published.substring(0, 7), StoredTags.parse(rs.getString(7)),
                            rs.getLong(8)), rs.getBoolean(9), everyWordColumn && rs.getBoolean(10)));
                }
            }
            return rows;
        }
    }
}
