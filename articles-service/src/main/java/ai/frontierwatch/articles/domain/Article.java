package ai.frontierwatch.articles.domain;

import ai.frontierwatch.articles.parsing.Link;
import ai.frontierwatch.articles.parsing.ParsedTable;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article: what a document (or one entry of a digest) says, with its parsed structure. */
@Entity
@Table(name = "article")
@DynamicUpdate
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Increases with every published change; the aggregate version of the article's events. */
    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_source", nullable = false)
    public String titleSource;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    public String source;

    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The offset the document wrote its date in, so the date reads back as written. */
    @Column(name = "published_offset_seconds")
    public Integer publishedOffsetSeconds;

    @Column(name = "date_precision")
    public String datePrecision;

    @Column(nullable = false)
    public String language;

    public String category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> tags = new ArrayList<>();

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points", columnDefinition = "jsonb", nullable = false)
    public List<String> keyPoints = new ArrayList<>();

    @Column(name = "body_markdown", nullable = false)
    public String bodyMarkdown;

    @Column(name = "plain_text", nullable = false)
    public String plainText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<ParsedTable> tables = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Link> links = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Link> images = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> metadata = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> warnings = new ArrayList<>();

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** Folded title, publication instant, source and summary: the same story re-delivered without URL and with other text. */
    @Column(name = "natural_key")
    public String naturalKey;

    /**
     * Write-only: the search terms of the four weighted fields, turned into the search_vector tsvector by
     * the database as the row is written. Reads give an empty string; updates write it only when set
     * (dynamic updates), so an untouched article keeps its vector.
     */
    @ColumnTransformer(read = "''", write = "article_search_vector(?)")
    @Column(name = "search_vector", columnDefinition = "tsvector", nullable = false)
    public String searchTerms;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public OffsetDateTime publishedAtWithOffset() {
        if (publishedAt == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(publishedOffsetSeconds == null ? 0 : publishedOffsetSeconds);
        return publishedAt.atOffset(offset);
    }
}
