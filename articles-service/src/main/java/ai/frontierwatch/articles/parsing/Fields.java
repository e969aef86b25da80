package ai.frontierwatch.articles.parsing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

    private static final Pattern LINE = Pattern.compile("^[\\s>*_•\\-]*([^:：\\[\\]()]{1,24}?)\\s*[:：]\\s*(.*)$");

    private Fields() {
    }

    /** A labelled line's field and its value (Markdown), or null when the line is not a known label. */
    public static Map.Entry<Field, String> read(String line) {
        String unbolded = line.replace("**", "").replace("__", "");
        Matcher m = LINE.matcher(unbolded);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+", "");
        for (Map.Entry<Field, Pattern> e : LABELS.entrySet()) {
            if (e.getValue().matcher(label).matches()) {
                return Map.entry(e.getKey(), m.group(2).strip());
            }
        }
        return null;
    }

    /** Fields of a run of blocks (paragraphs and quotes), first value of each field wins. */
    public static Map<Field, String> readAll(List<Block> blocks) {
        Map<Field, String> out = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.QUOTE) {
                continue;
            }
            for (String line : b.text().split("\n")) {
                Map.Entry<Field, String> f = read(line);
                if (f != null) {
                    out.putIfAbsent(f.getKey(), f.getValue());
                }
            }
        }
        return out;
    }
}
