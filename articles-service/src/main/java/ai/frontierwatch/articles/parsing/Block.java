package ai.frontierwatch.articles.parsing;

import java.util.List;

/**
 * A block of a Markdown document.
 *
 * @param level  heading level (1–6) for headings, otherwise 0
 * @param text   heading text, paragraph or quote text (Markdown), code
 * @param items  list items (Markdown), or table lines for tables
 * @param source the block's lines as written
 */
public record Block(Kind kind, int level, String text, List<String> items, String source) {

    public enum Kind { HEADING, PARAGRAPH, LIST, QUOTE, TABLE, CODE, RULE }
}
