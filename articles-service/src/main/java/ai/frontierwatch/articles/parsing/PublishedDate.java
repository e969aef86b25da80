package ai.frontierwatch.articles.parsing;

import java.time.OffsetDateTime;

/**
 * When an article was published, as precisely as the document says.
 *
 * @param precision     DAY when the document gave only a date (the time is then midnight)
 * @param offsetAssumed true when the document gave no time zone and one was assumed from the language
 */
public record PublishedDate(OffsetDateTime at, Precision precision, boolean offsetAssumed) {

    public enum Precision { DAY, TIME }
}
