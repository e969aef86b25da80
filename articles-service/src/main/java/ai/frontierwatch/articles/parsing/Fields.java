package ai.frontierwatch.articles.parsing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labelled lines such as {@code > **来源：** [Founder Park](https://…)} or {@code Category: Models}: the
 * label vocabulary digests and briefings use, in Simplified and Traditional Chinese and English.
 */
public final class Fields {

    public enum Field { CATEGORY, SOURCE, INSIGHT, KEY_POINTS, AUTHOR, DATE }

    private static final Map<Field, Pattern> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(Field.CATEGORY, Pattern.compile("分类|分類|类别|類別|栏目|欄目|category|categories|section"));
        LABELS.put(Field.SOURCE, Pattern.compile("来源|來源|出处|出處|原文|source|via|originally published"));
        LABELS.put(Field.INSIGHT, Pattern.compile("核心洞察|洞察|核心观点|核心觀點|key insight|insight|why it matters"));
        LABELS.put(Field.KEY_POINTS, Pattern.compile("内容简介|內容簡介|内容摘要|內容摘要|要点|要點|key points|highlights|summary"));
        LABELS.put(Field.AUTHOR, Pattern.compile("作者|author|by"));
        LABELS.put(Field.DATE, Pattern.compile("日期|发布时间|發佈時間|發布時間|时间|時間|date|published"));
    }

    /** A label is a few words at the start of a line: its colon comes early. */
    private static final int LABEL_MAX = 24;
    private static final int COLON_WITHIN = 64;
    private static final String DECORATION = ">*_•-";

    private Fields() {
    }

    /** A labelled line's field and its value (text and links), or null when the line is not a known label. */
    public static Map.Entry<Field, InlineText> read(InlineText line) {
        String t = line.text();
        int limit = Math.min(t.length(), COLON_WITHIN);
        int colon = -1;
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
        }
        if (colon < 0 || (!line.anchors().isEmpty() && line.anchors().get(0).start() < colon)) {
            return null;
        }
        int from = 0;
        while (from < colon && (Character.isWhitespace(t.charAt(from)) || DECORATION.indexOf(t.charAt(from)) >= 0)) {
            from++;
        }
        String label = t.substring(from, colon).strip();
        if (label.isEmpty() || label.length() > LABEL_MAX || label.chars().anyMatch(c -> "[]()".indexOf(c) >= 0)) {
            return null;
        }
        label = label.toLowerCase(Locale.ROOT);
        int letter = 0;
        while (letter < label.length() && !Character.isLetter(label.charAt(letter))) {
            letter++;
        }
        label = label.substring(letter);
        for (Map.Entry<Field, Pattern> e : LABELS.entrySet()) {
            if (e.getValue().matcher(label).matches()) {
                return Map.entry(e.getKey(), line.slice(colon + 1, t.length()).strip());
            }
        }
        return null;
    }

    /** Fields of a run of blocks (paragraphs and quotes), first value of each field wins. */
    public static Map<Field, InlineText> readAll(List<Block> blocks) {
        Map<Field, InlineText> out = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.QUOTE) {
                continue;
            }
            for (InlineText line : b.content().lines()) {
                Map.Entry<Field, InlineText> f = read(line);
                if (f != null) {
                    out.putIfAbsent(f.getKey(), f.getValue());
                }
            }
        }
        return out;
    }
}
