package ai.frontierwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names written the way models are named, whether or not the catalogue knows them: a model family
 * ("Qwen", "Claude", "通义千问"…) followed by versions, sizes and tier words ("Qwen3.6-35B-A3B", "Claude Opus 4.6",
 * "Gemini 3 Deep Think", "豆包1.6-vision"), a bare tier with a version ("Opus 4.7"), OpenAI's o-series ("o3-mini"),
 * or a capitalised word with a size ("Pythia-70M"). A family alone ("Claude") is not a model name: at least one
 * version or size is required. Families that are also ordinary words ("Step", "Ring", "Phi") only count when
 * glued to their version and capitalised ("Phi-4", "Ling-2.6-flash"). A name that goes on as a modifier
 * ("GPT-3-scale") is not one. Linear in the text.
 */
public final class ModelNameScanner {

    /** A name found: [start, end) in the text. */
    public record Span(int start, int end) {
    }

    private static final Set<String> BRANDS = Set.of("gpt", "chatgpt", "claude", "gemini", "gemma", "qwen", "qwq",
            "qvq", "llama", "deepseek", "glm", "chatglm", "cogview", "cogvideox", "kimi", "minimax", "abab", "grok",
            "mistral", "mixtral", "codestral", "devstral", "magistral", "ministral", "pixtral", "internlm", "internvl",
            "hunyuan", "hunyuanimage", "hunyuanvideo", "doubao", "ernie", "seedream", "seedance", "mimo", "nemotron",
            "granite", "olmo", "baichuan", "minicpm", "longcat", "sora", "veo", "imagen", "kling", "flux", "ltx",
            "whisper", "pythia", "lfm", "jina", "midjourney", "nova", "titan", "dbrx", "arctic", "starcoder",
            "codellama", "codegemma", "paligemma", "medgemma", "functiongemma", "opus", "sonnet", "haiku",
            "hailuo", "vidu", "seed", "step", "ring", "ling", "phi", "yi", "hy", "wan", "command", "falcon", "aya",
            "jamba", "bloom", "alphafold", "gpt4o", "deepseekcoder", "reka", "exaone", "smollm", "k2");
    /** Families that are also ordinary words: only "Phi-4", "Ling-2.6", "Wan2.7" count. */
    private static final Set<String> GLUED_ONLY = Set.of("seed", "step", "ring", "ling", "phi", "yi", "hy", "wan",
            "command", "falcon", "aya", "jamba", "bloom", "nova", "titan", "arctic", "veo", "flux", "k2");
    /** Tiers that name a model with a version alone ("Opus 4.7"). */
    private static final Set<String> BARE_TIERS = Set.of("opus", "sonnet", "haiku");
    private static final String[] HAN_BRANDS = {"通义千问", "千问", "混元", "豆包", "文心", "可灵"};
    private static final Set<String> TIERS = Set.of("pro", "flash", "lite", "mini", "nano", "max", "plus", "turbo",
            "ultra", "opus", "sonnet", "haiku", "instruct", "inst", "it", "chat", "base", "coder", "code", "codex",
            "spark", "omni", "vl", "vision", "thinking", "think", "deep", "preview", "exp", "experimental", "air",
            "small", "medium", "large", "super", "image", "video", "embedding", "audio", "realtime", "reasoner",
            "reasoning", "oss", "math", "high", "xhigh", "low", "minimal", "gguf", "fp8", "fp4", "int4", "int8",
            "bf16", "awq", "mlx", "mtp", "edit", "tts", "asr", "r1", "distill", "zero", "next", "moe",
            "instant", "live", "embeddings", "q4", "q5", "q6", "q8", "i1", "translate", "ocr", "guard", "ultraspeed", "dflash", "maverick", "scout",
            "behemoth", "hd", "tiny", "micro", "xl", "xs", "sft", "reward", "rm", "dpo", "rlhf", "pretrain", "pretrained",
            "rag", "reranker", "embed", "rumination", "z1");
    private static final String[] HAN_TIERS = {"图像", "视觉", "视频", "思考", "深度思考", "多模态"};
    /** Tier words that, lower-case after a space, are prose about the model ("the DeepSeek V4 base model"). */
    private static final Set<String> LOWERCASE_PROSE = Set.of("base", "chat", "code", "live", "image", "video",
            "audio", "deep", "think", "next", "moe", "agent", "math", "edit", "instant", "reasoning", "embedding", "max");
    /** Words that make the name before them a benchmark's ("Kimi Code Bench 2.0", "GPT-4 Eval"). */
    private static final Set<String> BENCHMARK_WORDS = Set.of("bench", "benchmark", "arena", "eval", "evals",
            "leaderboard", "test", "suite");
    /** Benchmark words that make a benchmark's name also in lower case ("a Qwen3 test" is a test of Qwen3). */
    private static final Set<String> STRONG_BENCHMARK_WORDS = Set.of("bench", "benchmark", "arena", "leaderboard");
    /** Words that make the name before them a modifier: "GPT-3-scale", "Claude-style". */
    private static final Set<String> MODIFIERS = Set.of("scale", "style", "like", "based", "class", "level", "size",
            "sized", "only", "cli", "powered", "generated", "esque", "type", "era", "grade", "compatible", "series",
            "derived", "inspired", "tuned", "finetuned", "distilled", "family");
    private static final Pattern VERSION = Pattern.compile(
            "v?\\d+(?:\\.\\d+)*[a-z]{0,3}|[a-z]{1,3}\\d+(?:\\.\\d+)*[a-z]{0,3}|\\d+x\\d+[bm]|[a-z]{1,2}\\.\\d+");
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[bmkt]");
    /** "Q4", "Q6_K", "i1": a quantisation, not a version. */
    private static final Pattern QUANT = Pattern.compile("q\\d+|i\\d");
    /** Names that need no version ("Nano Banana"). */
    private static final List<String> VERSIONLESS = List.of("nano banana");
    /** "0806", "20240806": a snapshot date after a version ("GPT-4o 0806"). */
    private static final Pattern SNAPSHOT = Pattern.compile("(?:20\\d{2})?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");
    /** "5x faster": a multiplier, not a version. */
    private static final Pattern MULTIPLIER = Pattern.compile("\\d+(?:\\.\\d+)?x");
    private static final Pattern O_SERIES = Pattern.compile("o[1-9]");

    private ModelNameScanner() {
    }

    public static boolean isBrand(String word) {
        return BRANDS.contains(word);
    }

    /** Every model-like name in {@code text}, left to right, not overlapping. */
    public static List<Span> scan(FoldedText text) {
        String f = text.folded();
        String o = text.original();
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = f.length();
        while (i < n) {
            char c = f.charAt(i);
            int end = -1;
            if (isWordChar(c) && (i == 0 || !isWordChar(f.charAt(i - 1)) && f.charAt(i - 1) != '.' && f.charAt(i - 1) != '_')) {
                end = latinName(f, o, i);
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                end = hanName(f, i);
            }
            if (end > i) {
                out.add(new Span(i, end));
                i = end;
            } else {
                i++;
            }
        }
        out = NewModelNames.withLineWords(text, out);
        List<Span> cued = NewModelNames.cued(text, out);
        if (!cued.isEmpty()) {
            out = new ArrayList<>(out);
            out.addAll(cued);
            out.sort(java.util.Comparator.comparingInt(Span::start));
        }
        return out;
    }

    /** End of a name starting with a Latin word at {@code start}, or -1. */
    private static int latinName(String f, String o, int start) {
        int wordEnd = wordEnd(f, start);
        String word = f.substring(start, wordEnd);
        int pos;
        boolean digits;
        String phrase = versionless(f, start);
        if (phrase != null) {
            pos = start + phrase.length();
            digits = true;
        } else if (O_SERIES.matcher(word).matches() && o.charAt(start) == 'o') {
            pos = wordEnd;
            digits = true;
        } else if (BRANDS.contains(word)) {
            pos = wordEnd;
            digits = false;
            if (GLUED_ONLY.contains(word) && !gluedVersionFollows(f, o, start, wordEnd)) {
                return -1;
            }
            if (BARE_TIERS.contains(word) && !versionFollows(f, wordEnd)) {
                return -1;
            }
        } else {
            // "qwen3.5", "sora2", "llama3": a family glued to its version
            int split = brandPrefix(word);
            if (split > 0 && (!GLUED_ONLY.contains(word.substring(0, split)) || Character.isUpperCase(o.charAt(start)))) {
                pos = wordEnd;
                digits = true;
            } else if (Character.isUpperCase(o.charAt(start)) && word.length() >= 3 && wordEnd < f.length()
                    && f.charAt(wordEnd) == '-' && sizeAt(f, o, wordEnd + 1)) {
                // "Pythia-70M", "AgentIR-4B": a capitalised name with a parameter count
                pos = wordEnd;
                digits = false;
            } else {
                return -1;
            }
        }
        int end = pos;
        int unknownWords = 0;
        boolean versioned = digits;
        boolean sizeOnlySpaced = false;
        boolean joinedOnce = false;
        while (pos < f.length()) {
            int next = pos;
            if (next < f.length() && (f.charAt(next) == ' ' || f.charAt(next) == '-')) {
                if (lineBreak(o.charAt(next))) {
                    break; // a name does not go on to the next line ("GPT-5" above "GPT-4.1" in a list)
                }
                next++;
            }
            if (next >= f.length()) {
                break;
            }
            int hanEnd = hanTier(f, next);
            if (hanEnd > next) {
                pos = hanEnd;
                end = pos;
                continue;
            }
            if (!isWordChar(f.charAt(next))) {
                break;
            }
            int wEnd = wordEnd(f, next);
            String w = f.substring(next, wEnd);
            boolean number = w.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.');
            if (number && digits && f.charAt(pos) == ' ' && !SNAPSHOT.matcher(w).matches()) {
                break; // "GPT-5.5 58.6%": a number after a whole version is a value, not more of the name
            }
            if (VERSION.matcher(w).matches() && !MULTIPLIER.matcher(w).matches() && !QUANT.matcher(w).matches()) {
                if (SIZE.matcher(w).matches() && !sizeGlued(f, pos, next) && !versioned) {
                    sizeOnlySpaced = true;
                }
                if (!SIZE.matcher(w).matches()) {
                    versioned = true;
                }
                digits = true;
                pos = wEnd;
                end = pos;
                unknownWords = 0;
                continue;
            }
            if (TIERS.contains(w) && !(LOWERCASE_PROSE.contains(w) && f.charAt(pos) == ' '
                    && Character.isLowerCase(o.charAt(next))) && !phraseAfter(f, w, wEnd)) {
                pos = wEnd;
                end = pos;
                continue;
            }
            if (MODIFIERS.contains(w) && next > pos && f.charAt(pos) == '-') {
                return -1;
            }
            // "Claude Fable 5": one capitalised line name, kept only when a version follows; "DeepSeek-V3.1-Terminus",
            // "MiMo-V2.5-Pro-UltraSpeed": a capitalised word joined by a hyphen after a version
            if (BENCHMARK_WORDS.contains(w) && (Character.isUpperCase(o.charAt(next)) || STRONG_BENCHMARK_WORDS.contains(w))) {
                return -1;
            }
            boolean wordEnds = wEnd >= f.length() || !isWordChar(f.charAt(wEnd)) && f.charAt(wEnd) != '.';
            // ... or before the version ("DeepSeek-Prover-V2-671B", "KAT-Coder-V2.5")
            boolean joined = !joinedOnce && f.charAt(pos) == '-' && wordEnds && w.chars().allMatch(Character::isLetter)
                    && (digits || wEnd < f.length() && f.charAt(wEnd) == '-' && versionFollows(f, wEnd));
            if (joined) {
                joinedOnce = true;
                pos = wEnd;
                end = pos;
                continue;
            }
            if (unknownWords == 0 && f.charAt(pos) == ' ' && Character.isUpperCase(o.charAt(next)) && !BRANDS.contains(w)
                    && versionFollows(f, wEnd)) {
                unknownWords++;
                pos = wEnd;
                continue;
            }
            int preview = unknownWords == 0 && !digits && f.charAt(pos) == ' ' ? previewAfter(f, o, next, wEnd) : -1;
            if (preview > 0) {
                // "Claude Mythos Preview": a brand, a new line name and "Preview" name a model before any version
                digits = true;
                versioned = true;
                pos = preview;
                end = pos;
                continue;
            }
            break;
        }
        if (!digits || sizeOnlySpaced && !versioned) {
            return -1; // "Qwen 27B" names a size, not a model; "Granite-350M" does
        }
        // The name must end where its word ends: "GPT-5" is not found in "GPT-5x".
        if (end < f.length() && (isWordChar(f.charAt(end)) || f.charAt(end) == '_')) {
            return -1;
        }
        if (spacedNumberBeforeUnit(f, end)) {
            return -1; // "用Gemini 5分钟生成": five minutes with Gemini, not "Gemini 5"
        }
        return end;
    }

    /**
     * End of " Preview" after a capitalised new word [next, wEnd) right after a brand ("Claude Mythos Preview"), or -1:
     * the word must read as a name (capitalised, lower case after, not a function word).
     */
    private static int previewAfter(String f, String o, int next, int wEnd) {
        if (!Character.isUpperCase(o.charAt(next)) || wEnd - next < 3 || BRANDS.contains(f.substring(next, wEnd))
                || NewModelNames.notLineWord(f.substring(next, wEnd))) {
            return -1;
        }
        for (int j = next + 1; j < wEnd; j++) {
            if (!Character.isLowerCase(o.charAt(j))) {
                return -1;
            }
        }
        int end = wEnd + " preview".length();
        return f.startsWith(" preview", wEnd) && o.charAt(wEnd + 1) == 'P'
                && (end == f.length() || !isWordChar(f.charAt(end))) ? end : -1;
    }

    /** Tier words that begin a common phrase with the word after them: "Gemma 4 Chat Template" is a template. */
    private static final java.util.Map<String, Set<String>> TIER_PHRASES = java.util.Map.of(
            "chat", Set.of("template", "templates", "format", "interface", "ui", "history", "completions"),
            "code", Set.of("interpreter", "execution", "review", "editor"),
            "image", Set.of("generation", "editing", "input", "inputs"),
            "video", Set.of("generation", "editing", "input", "inputs"),
            "vision", Set.of("encoder", "tower", "input", "inputs"));

    private static boolean phraseAfter(String f, String tier, int wEnd) {
        Set<String> next = TIER_PHRASES.get(tier);
        if (next == null || wEnd + 1 >= f.length() || f.charAt(wEnd) != ' ') {
            return false;
        }
        int end = wordEnd(f, wEnd + 1);
        return next.contains(f.substring(wEnd + 1, end));
    }

    /** Chinese measure words glued to a number: the number counts something, it is no version. */
    private static final List<String> HAN_UNITS = List.of("分钟", "分鐘", "小时", "小時", "秒", "天", "个", "個", "年",
            "月", "周", "週", "倍", "万", "萬", "亿", "億", "元", "次", "人", "位", "名", "项", "項", "款", "家", "种",
            "種", "条", "條", "张", "張", "篇", "行", "步");

    private static boolean spacedNumberBeforeUnit(String f, int end) {
        int wStart = end;
        while (wStart > 0 && (Character.isDigit(f.charAt(wStart - 1)) || f.charAt(wStart - 1) == '.')) {
            wStart--;
        }
        if (wStart == end || wStart == 0 || f.charAt(wStart - 1) != ' ') {
            return false;
        }
        for (String unit : HAN_UNITS) {
            if (f.startsWith(unit, end)) {
                return true;
            }
        }
        return false;
    }

    /** End of a name starting with a Chinese product name at {@code start} ("混元图像3.0", "豆包1.6-vision"), or -1. */
    private static int hanName(String f, int start) {
        for (String brand : HAN_BRANDS) {
            if (f.startsWith(brand, start)) {
                int pos = start + brand.length();
                int hanEnd = hanTier(f, pos);
                pos = Math.max(pos, hanEnd);
                if (pos < f.length() && (f.charAt(pos) == ' ' || f.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < f.length() && isWordChar(f.charAt(pos))) {
                    int end = latinTail(f, pos);
                    return end > pos ? end : -1;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Versions and tiers after a Chinese product name; the end, or {@code start} when it holds no version. */
    private static int latinTail(String f, int start) {
        int pos = start;
        int end = start;
        boolean digits = false;
        while (pos < f.length() && isWordChar(f.charAt(pos))) {
            int wEnd = wordEnd(f, pos);
            String w = f.substring(pos, wEnd);
            if (VERSION.matcher(w).matches() && w.chars().anyMatch(Character::isDigit)) {
                digits = true;
            } else if (!TIERS.contains(w)) {
                break;
            }
            end = wEnd;
            pos = wEnd;
            if (pos < f.length() && (f.charAt(pos) == '-' || f.charAt(pos) == ' ') && pos + 1 < f.length()
                    && isWordChar(f.charAt(pos + 1))) {
                pos++;
            }
        }
        return digits ? end : start;
    }

    private static int hanTier(String f, int start) {
        for (String t : HAN_TIERS) {
            if (f.startsWith(t, start)) {
                return start + t.length();
            }
        }
        return -1;
    }

    private static String versionless(String f, int start) {
        for (String name : VERSIONLESS) {
            if (f.startsWith(name, start) && (start + name.length() == f.length() || !isWordChar(f.charAt(start + name.length())))) {
                return name;
            }
        }
        return null;
    }

    /** Where a family glued to its version ends ("qwen3.5" → 4, "deepseekv2.5" → 8), or -1. */
    static int brandPrefix(String word) {
        for (int k = Math.min(word.length() - 1, 13); k >= 2; k--) {
            char next = word.charAt(k);
            boolean versionNext = Character.isDigit(next) || (next == 'v' || next == '.') && k + 1 < word.length()
                    && Character.isDigit(word.charAt(k + 1));
            if (versionNext
                    && BRANDS.contains(word.substring(0, k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean gluedVersionFollows(String f, String o, int start, int wordEnd) {
        if (!Character.isUpperCase(o.charAt(start)) || wordEnd >= f.length() || f.charAt(wordEnd) != '-') {
            return false;
        }
        int next = wordEnd + 1;
        int tierEnd = next < f.length() ? wordEnd(f, next) : next;
        if (tierEnd < f.length() && f.charAt(tierEnd) == '-' && TIERS.contains(f.substring(next, tierEnd))) {
            next = tierEnd + 1; // "Ling-Mini-2.0": a tier between the family and its version
        }
        return next < f.length() && isWordChar(f.charAt(next))
                && VERSION.matcher(f.substring(next, wordEnd(f, next))).matches()
                && f.substring(next, wordEnd(f, next)).chars().anyMatch(Character::isDigit);
    }

    private static boolean sizeGlued(String f, int pos, int next) {
        return next > pos && f.charAt(pos) == '-';
    }

    private static boolean versionFollows(String f, int pos) {
        int next = pos;
        if (next < f.length() && (f.charAt(next) == ' ' || f.charAt(next) == '-')) {
            next++;
        }
        if (next >= f.length() || !Character.isDigit(f.charAt(next)) && f.charAt(next) != 'v') {
            return false;
        }
        String w = f.substring(next, wordEnd(f, next));
        return VERSION.matcher(w).matches() && w.chars().anyMatch(Character::isDigit);
    }

    private static boolean sizeAt(String f, String o, int pos) {
        if (pos >= f.length() || !isWordChar(f.charAt(pos))) {
            return false;
        }
        int end = wordEnd(f, pos);
        return SIZE.matcher(f.substring(pos, end)).matches() && Character.isUpperCase(o.charAt(end - 1));
    }

    /** End of the word at {@code start}: letters and digits, with dots inside ("3.5", "trellis.2"). */
    private static int wordEnd(String f, int start) {
        int i = start;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (c == '.' && i + 1 < f.length() && isWordChar(f.charAt(i + 1)) && i > start) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
