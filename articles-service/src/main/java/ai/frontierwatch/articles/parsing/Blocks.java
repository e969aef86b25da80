package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Markdown into blocks (headings, paragraphs, lists, quotes, tables, code, rules), line by line. */
public final class Blocks {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*#*[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)([-*+•]|\\d{1,3}[.)])[ \\t]+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ ]?(.*)$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private Blocks() {
    }

    public static List<Block> parse(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                String marker = fence.group(1);
                StringBuilder code = new StringBuilder();
                int j = i + 1;
                while (j < lines.length && !lines[j].strip().startsWith(marker)) {
                    code.append(lines[j]).append('\n');
                    j++;
                }
                int end = Math.min(j + 1, lines.length);
                blocks.add(new Block(Block.Kind.CODE, 0, code.toString().stripTrailing(), List.of(), join(lines, i, end)));
                i = end;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String text = heading.group(2) == null ? "" : heading.group(2).strip();
                blocks.add(new Block(Block.Kind.HEADING, heading.group(1).length(), text, List.of(), line));
                i++;
                continue;
            }
            if (RULE.matcher(line).matches()) {
                blocks.add(new Block(Block.Kind.RULE, 0, "", List.of(), line));
                i++;
                continue;
            }
            if (isTableStart(lines, i)) {
                int j = i;
                List<String> rows = new ArrayList<>();
                while (j < lines.length && lines[j].strip().startsWith("|")) {
                    rows.add(lines[j].strip());
                    j++;
                }
                blocks.add(new Block(Block.Kind.TABLE, 0, "", rows, join(lines, i, j)));
                i = j;
                continue;
            }
            if (QUOTE.matcher(line).matches()) {
                int j = i;
                List<String> quoted = new ArrayList<>();
                Matcher q;
                while (j < lines.length && (q = QUOTE.matcher(lines[j])).matches()) {
                    quoted.add(q.group(1));
                    j++;
                }
                blocks.add(new Block(Block.Kind.QUOTE, 0, String.join("\n", quoted).strip(), quoted, join(lines, i, j)));
                i = j;
                continue;
            }
            if (ITEM.matcher(line).matches()) {
                int j = i;
                List<String> items = new ArrayList<>();
                while (j < lines.length) {
                    Matcher item = ITEM.matcher(lines[j]);
                    if (item.matches()) {
                        items.add(item.group(3).strip());
                        j++;
                    } else if (!lines[j].isBlank() && Character.isWhitespace(lines[j].charAt(0)) && !items.isEmpty()) {
                        // an indented continuation line belongs to the item above
                        items.set(items.size() - 1, items.get(items.size() - 1) + " " + lines[j].strip());
                        j++;
                    } else if (lines[j].isBlank() && j + 1 < lines.length && ITEM.matcher(lines[j + 1]).matches()) {
                        j++;
                    } else {
                        break;
                    }
                }
                blocks.add(new Block(Block.Kind.LIST, 0, "", items, join(lines, i, j)));
                i = j;
                continue;
            }
            int j = i;
            List<String> para = new ArrayList<>();
            while (j < lines.length && !lines[j].isBlank() && (j == i || !startsBlock(lines, j))) {
                para.add(lines[j].strip());
                j++;
            }
            blocks.add(new Block(Block.Kind.PARAGRAPH, 0, String.join("\n", para), List.of(), join(lines, i, j)));
            i = j;
        }
        return blocks;
    }

    private static boolean startsBlock(String[] lines, int i) {
        String line = lines[i];
        return HEADING.matcher(line).matches() || FENCE.matcher(line).find() || RULE.matcher(line).matches()
                || QUOTE.matcher(line).matches() || ITEM.matcher(line).matches() || isTableStart(lines, i);
    }

    private static boolean isTableStart(String[] lines, int i) {
        return lines[i].strip().startsWith("|") && i + 1 < lines.length
                && TABLE_SEPARATOR.matcher(lines[i + 1]).matches() && lines[i + 1].contains("-");
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append('\n');
            }
            sb.append(lines[k]);
        }
        return sb.toString();
    }

    /** The cells of one table line, split on unescaped pipes. */
    static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < r.length(); k++) {
            char c = r.charAt(k);
            if (c == '\\' && k + 1 < r.length() && r.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
