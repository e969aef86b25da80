package ai.frontierwatch.models.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a value came from: an article or URL, the quoted text, who reported it (FIRST_PARTY = the vendor,
 * THIRD_PARTY = anyone else) and when it was retrieved.
 */
public record Source(String url, String articleId, String quote, String reportedBy, String publisher,
        Instant retrievedAt) {

    /** Two sources are the same citation when they point at the same place for the same publisher. */
    public boolean sameCitation(Source other) {
        return Objects.equals(url, other.url) && Objects.equals(articleId, other.articleId)
                && Objects.equals(publisher, other.publisher) && Objects.equals(quote, other.quote);
    }
}
