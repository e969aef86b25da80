package ai.frontierwatch.articles.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of ingestion and search; every value can be overridden (FW_ARTICLES_* environment variables). */
@ConfigMapping(prefix = "fw.articles")
public interface ArticlesConfig {

    /** Largest accepted document, in bytes of UTF-8. */
    @WithDefault("5242880")
    int maxDocumentBytes();

    /** Most documents in one batch request. */
    @WithDefault("200")
    int maxBatchSize();

    /** Characters of an article's text that go into the search index (a tsvector holds at most 1 MB). */
    @WithDefault("400000")
    int searchableChars();

    /** Matches ranked per search: a query matching more ranks its newest this many (bounds search time). */
    @WithDefault("1000")
    int rankCandidates();

    /**
     * Articles whose positions a phrase search re-checks beyond the newest ones when there are more than
     * twice this many: the articles that hold every word of the phrase, newest first (bounds search time for
     * a phrase of common words).
     */
    @WithDefault("2000")
    int phraseChecks();

    @WithDefault("20")
    int defaultPageSize();

    @WithDefault("100")
    int maxPageSize();

    /** Most ids in one batch lookup. */
    @WithDefault("200")
    int maxIds();
}
