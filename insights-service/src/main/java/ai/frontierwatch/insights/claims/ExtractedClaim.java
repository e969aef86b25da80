package ai.frontierwatch.insights.claims;

/**
 * A benchmark score stated by an article. Names as written are kept next to the resolved catalogue ids; an
 * id is null when the catalogue does not (yet) know the name.
 *
 * @param locator   stable place of the number in the article ("t0r2c3" for a table cell, "p1234" for prose)
 * @param decimals  digits after the decimal point as written, for "same value within rounding"
 * @param quoteStart offset of the quote in the article body; -1 for a table cell
 */
public record ExtractedClaim(
        String locator,
        Origin origin,
        String modelId,
        String modelName,
        String benchmarkId,
        String benchmarkName,
        double value,
        int decimals,
        String unit,
        String conditions,
        String quote,
        int quoteStart,
        int quoteEnd,
        Integer tableIndex,
        Integer rowIndex,
        Integer columnIndex) {

    public enum Origin {
        TABLE, PROSE
    }
}
