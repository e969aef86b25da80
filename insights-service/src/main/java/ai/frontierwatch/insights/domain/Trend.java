package ai.frontierwatch.insights.domain;

import java.time.LocalDate;
import java.util.List;

/** Mentions of one model or vendor per period (day or ISO week starting Monday), by publication date (UTC). */
public record Trend(String entityId, String interval, List<Point> points) {

    /** {@code articles}: articles naming the entity; {@code mentions}: how often they name it in total. */
    public record Point(LocalDate period, long articles, long mentions) {
    }
}
