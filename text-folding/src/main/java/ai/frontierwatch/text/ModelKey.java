package ai.frontierwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The identity key of a model name: what two spellings of one model share and two variants never do. Folded
 * (case, width, script), split into words and versions, Chinese product names and implied brands spelt the
 * one way ("通义千问" = "Qwen", "Opus 4.7" = "Claude Opus 4.7"), versions spelt the one way ("V3.2" = "3.2",
 * "3.0" = "3", "4-5" = "4.5"), word order ignored ("Claude 4.6 Opus" = "Claude Opus 4.6"); reasoning-effort
 * settings, file formats and quantisations dropped (they run the same model). Size, tier, base/instruct,
 * thinking and every other variant word stay: they make another model. A dated snapshot keeps its date apart
 * ({@link #date()}) so that "GPT-4o 0806" and "gpt-4o-2024-08-06" meet while either still finds "GPT-4o".
 *
 * @param words the sorted words of the name without its date, e.g. "4o gpt"
 * @param date  the snapshot as MMDD, or "" for none
 */
public record ModelKey(String words, String date) {

    /** Words that name a maker, not a model: dropped ("OpenAI o3" = "o3"). */
    private static final Set<String> VENDOR_WORDS = Set.of("openai", "google", "anthropic", "meta", "alibaba",
            "tencent", "xiaomi", "mistralai", "microsoft", "nvidia", "ibm", "bytedance", "baidu", "moonshot",
            "moonshotai", "zhipu", "zhipuai", "zai", "deepmind", "amazon", "apple", "xai", "阿里", "阿里巴巴", "阿里云",
            "腾讯", "百度", "字节", "字节跳动", "小米", "谷歌", "智谱", "月之暗面", "深度求索");
    /** Settings under which the same model runs: not part of its identity. */
    private static final Set<String> SETTING_WORDS = Set.of("high", "xhigh", "low", "minimal", "gguf", "fp8", "fp4",
            "int4", "int8", "bf16", "fp16", "awq", "gptq", "mlx", "mtp", "dflash", "ultraspeed", "hf");
    /** Chinese and implied names, spelt as the catalogue spells them. */
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("通义千问", List.of("qwen")), Map.entry("千问", List.of("qwen")), Map.entry("通义", List.of("qwen")),
            Map.entry("混元", List.of("hunyuan")), Map.entry("豆包", List.of("doubao")), Map.entry("文心", List.of("ernie")),
            Map.entry("文心一言", List.of("ernie")), Map.entry("可灵", List.of("kling")), Map.entry("图像", List.of("image")),
            Map.entry("视觉", List.of("vision")), Map.entry("opus", List.of("claude", "opus")),
            Map.entry("sonnet", List.of("claude", "sonnet")), Map.entry("haiku", List.of("claude", "haiku")),
            Map.entry("chatgpt", List.of("gpt")), Map.entry("instruct", List.of("instruct")),
            Map.entry("inst", List.of("instruct")), Map.entry("it", List.of("instruct")));
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:\\.[a-z0-9]+)*+|\\p{IsHan}+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern DATE_8 = Pattern.compile("(?:19|20)\\d{2}(\\d{4})");
    private static final Pattern MMDD = Pattern.compile("(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern ACTIVE_PARAMS = Pattern.compile("a\\d+(?:\\.\\d+)?b");

    /** The key of a model name as written. */
    public static ModelKey of(String name) {
        List<String> raw = new ArrayList<>();
        var m = WORD.matcher(FoldedText.of(name).folded());
        while (m.find()) {
            raw.add(m.group());
        }
        List<String> words = new ArrayList<>();
        String date = "";
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            // "2024-08-06": a date written as three numbers
            if (YEAR.matcher(w).matches() && i + 2 < raw.size() && MMDD.matcher(raw.get(i + 1) + raw.get(i + 2)).matches()
                    && raw.get(i + 1).length() == 2 && raw.get(i + 2).length() == 2) {
                date = raw.get(i + 1) + raw.get(i + 2);
                i += 2;
                continue;
            }
            var eight = DATE_8.matcher(w);
            if (eight.matches() && MMDD.matcher(eight.group(1)).matches()) {
                date = eight.group(1);
                continue;
            }
            if (w.length() == 4 && MMDD.matcher(w).matches() && !words.isEmpty()) {
                date = w;
                continue;
            }
            // "4-5" after a name: version 4.5
            if (NUMBER.matcher(w).matches() && !words.isEmpty() && NUMBER.matcher(words.get(words.size() - 1)).matches()
                    && i > 0 && NUMBER.matcher(raw.get(i - 1)).matches()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "." + w);
                continue;
            }
            int split = SPELLINGS.containsKey(w) ? -1 : ModelNameScanner.brandPrefix(w);
            if (split > 0 && w.charAt(split) != '.') { // "k2.5" is one version word, not "k2" and ".5"
                words.add(w.substring(0, split));
                words.add(w.substring(split));
                continue;
            }
            words.add(w);
        }
        TreeSet<String> key = new TreeSet<>();
        for (String w : words) {
            if (VENDOR_WORDS.contains(w) || SETTING_WORDS.contains(w) && words.size() > 2) {
                continue;
            }
            if (SPELLINGS.containsKey(w)) {
                key.addAll(SPELLINGS.get(w));
                continue;
            }
            key.add(version(w));
        }
        return new ModelKey(String.join(" ", key), date);
    }

    /** {@code name} without trailing settings and quantisations: "Qwen 3.6 27b Q6" → "Qwen 3.6 27b". */
    public static String withoutSettings(String name) {
        String out = name.strip();
        while (true) {
            int cut = Math.max(Math.max(out.lastIndexOf(' '), out.lastIndexOf('-')), out.lastIndexOf('_'));
            if (cut <= 0) {
                return out;
            }
            String last = FoldedText.of(out.substring(cut + 1)).folded();
            if (!SETTING_WORDS.contains(last) && !last.matches("q\\d+|i\\d")) {
                return out;
            }
            out = out.substring(0, cut).strip();
        }
    }

    /** "v3.2" → "3.2", "3.0" → "3", "3.10" stays. */
    static String version(String w) {
        String v = w.length() > 1 && w.charAt(0) == 'v' && Character.isDigit(w.charAt(1)) ? w.substring(1) : w;
        return v.matches("\\d+\\.0") ? v.substring(0, v.length() - 2) : v;
    }

    /** The key without active-parameter counts ("397B-A17B" = "397B"), a looser second try. */
    public ModelKey withoutActiveParameters() {
        List<String> kept = new ArrayList<>();
        for (String w : words.split(" ")) {
            if (!ACTIVE_PARAMS.matcher(w).matches()) {
                kept.add(w);
            }
        }
        return new ModelKey(String.join(" ", kept), date);
    }

    /** The key without its snapshot date. */
    public ModelKey undated() {
        return date.isEmpty() ? this : new ModelKey(words, "");
    }

    /** A stable, readable id part: "4o gpt" + "0806" → "4o-gpt-0806". */
    public String slug() {
        return (words + (date.isEmpty() ? "" : " " + date)).replace(' ', '-');
    }

    /** Number of words. */
    public int size() {
        return words.isEmpty() ? 0 : words.split(" ").length;
    }

    /** True when every word of this key is in {@code other}'s. */
    public boolean within(ModelKey other) {
        Set<String> theirs = Set.of(other.words.split(" "));
        for (String w : words.split(" ")) {
            if (!theirs.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
