package ai.frontierwatch.insights.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model-like names the catalogue may not know yet, as news writes new releases first: a family token (GPT,
 * Claude, Gemini, Qwen, GLM, Opus …) followed by version, size and tier tokens ("GPT-5.5", "Claude Opus 4.8",
 * "Granite 4.1 8B", "Grok Voice Think Fast 1.0", "Ling-2.6-flash"), or a name ending in a parameter size
 * ("AgentIR-4B"). A family token alone ("Claude", "Qwen") names no model; reasoning-effort words ("high",
 * "xhigh") and qualifiers in parentheses are settings, not part of the name.
 */
final class ModelNames {

    /** [start, end) of a name in the text it was found in. */
    record Span(int start, int end) {
    }

    /** Family tokens distinctive enough to match in any case ("gpt-5.5", "claude-fable-5"). */
    private static final String FAMILIES = "chatglm|gpt|claude|gemini|gemma|qwen|qwq|llama|deepseek|glm|kimi|minimax"
            + "|grok|mistral|mixtral|devstral|magistral|codestral|ministral|internlm|internvl|hunyuan|doubao|ernie|mimo"
            + "|nemotron|granite|baichuan|olmo|minicpm|jamba|laguna|cogvideox|seedream|seedance|hailuo|kling|veo"
            + "|imagen|sora|opus|sonnet|haiku|fable|mythos|phi|falcon|ling|codex";
    /** Family tokens that are also ordinary words: only capitalised as written ("Seed 1.6", "Wan2.7"). */
    private static final String CAPITALISED_FAMILIES = "Seed|Yi|Wan|Aya|Hy|Step|Ring|Nova";
    private static final Pattern FAMILY = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}_.\\-])(?:(?i:" + FAMILIES + ")|(?:" + CAPITALISED_FAMILIES + "))(?![\\p{IsLatin}])");
    /** "o3", "o4-mini": OpenAI's reasoning series. */
    private static final Pattern O_SERIES = Pattern.compile("(?<![\\p{IsLatin}\\p{N}_.\\-])o[1-9](?:-(?:mini|pro|preview|high|low))?(?![\\p{IsLatin}\\p{N}])");
    /** "AgentIR-4B", "VectraYX-Nano"-like names ending in a parameter size. */
    private static final Pattern SIZED = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}_.\\-])[A-Z][a-z0-9]*+[A-Z][A-Za-z0-9]*+(?:-[A-Za-z][A-Za-z0-9]*+)*+-\\d++(?:\\.\\d+)?[BM](?![\\p{IsLatin}\\p{N}])");
    private static final Pattern GLUED = Pattern.compile("\\d+(?:\\.\\d+)*+[a-z]?");
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{N}]+(?:\\.\\d+)*+");
    private static final Pattern VERSION = Pattern.compile(
            "\\d+(?:\\.\\d+)*+[a-z]?|v\\d+(?:\\.\\d+)*+|[a-z]\\d+(?:\\.\\d+)*+[a-z]?|[a-z]\\.\\d+|\\d+(?:\\.\\d+)?[bmkt]|a\\d+b|\\d+x\\d+b|sql\\d*");
    /** Tier and variant words that continue a name without a version of their own. */
    private static final Set<String> TIERS = Set.of("pro", "flash", "lite", "mini", "nano", "max", "ultra", "plus",
            "turbo", "air", "instruct", "chat", "coder", "thinking", "think", "deep", "reasoning", "reasoner", "preview",
            "exp", "experimental", "omni", "vl", "vision", "audio", "voice", "base", "distill", "spark", "codex",
            "image", "video", "embedding", "opus", "sonnet", "haiku", "fable", "mythos", "small", "medium", "large",
            "next", "oss", "it", "code", "sql", "transcribe", "tts", "asr", "math", "r1", "v3", "k2");
    /** Settings written after a name: not part of it. */
    private static final Set<String> SETTINGS = Set.of("high", "xhigh", "low", "medium", "minimal", "fast", "none");
    /** Words that make the name before them a benchmark's: "Kimi Code Bench 2.0", "GPT-4 Eval". */
    private static final Set<String> BENCHMARK_WORDS = Set.of("bench", "benchmark", "arena", "eval", "evals",
            "leaderboard", "test", "suite", "index");
    /** A hyphenated word that makes the name before it a modifier: "Kimi-K3-style MoE", "GPT-4-class". */
    private static final Pattern MODIFIER = Pattern.compile(
            "-(?i:style|like|level|class|based|scale|sized|size|type|grade|era|esque|inspired|powered|generated|compatible)(?![\\p{IsLatin}\\p{N}])");
    /** Family tokens that name a model on their own. */
    private static final Set<String> STANDALONE = Set.of("qwq");
    private static final int MAX_TOKENS = 7;

    private ModelNames() {
    }

    /** Model-like names in {@code text}, in order, not overlapping. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Span> found = new ArrayList<>();
        Matcher family = FAMILY.matcher(text);
        while (family.find()) {
            Span s = extend(text, family.start(), family.end());
            if (s != null) {
                found.add(s);
            }
        }
        Matcher o = O_SERIES.matcher(text);
        while (o.find()) {
            found.add(new Span(o.start(), o.end()));
        }
        Matcher sized = SIZED.matcher(text);
        while (sized.find()) {
            found.add(new Span(sized.start(), sized.end()));
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        int end = -1;
        for (Span s : found) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    /**
     * The name starting with the family token [start, familyEnd): the token itself with digits glued to it
     * ("Qwen3.5", "Wan2.7"), then tokens joined by a space, hyphen or underscore while they are versions,
     * sizes or tiers, or capitalised words leading to a version ("Grok Voice Think Fast 1.0"). Null when no
     * version or size follows (a family, not a model).
     */
    private static Span extend(String text, int start, int familyEnd) {
        String family = text.substring(start, familyEnd).toLowerCase(Locale.ROOT);
        int end = familyEnd;
        boolean versioned = false;
        Matcher glued = GLUED.matcher(text).region(familyEnd, Math.min(text.length(), familyEnd + 12));
        if (glued.lookingAt() && !continuesWord(text, glued.end())) {
            end = glued.end();
            versioned = true;
        }
        int tokens = 0;
        int lastGood = end;
        int pendingCapitals = 0;
        int i = end;
        while (tokens < MAX_TOKENS && i < text.length()) {
            char sep = text.charAt(i);
            if (sep != ' ' && sep != '-' && sep != '_') {
                break;
            }
            Matcher t = TOKEN.matcher(text).region(i + 1, Math.min(text.length(), i + 40));
            if (!t.lookingAt() || continuesWord(text, t.end())) {
                break;
            }
            String raw = text.substring(t.start(), t.end());
            String token = raw.toLowerCase(Locale.ROOT);
            if (token.endsWith(".")) {
                break;
            }
            if (BENCHMARK_WORDS.contains(token) && (Character.isUpperCase(raw.charAt(0)) || token.equals("bench"))) {
                return null;
            }
            if (SETTINGS.contains(token) && !(pendingCapitals > 0 || Character.isUpperCase(raw.charAt(0)) && nextIsVersion(text, t.end()))) {
                break;
            }
            boolean number = token.chars().allMatch(c -> Character.isDigit(c) || c == '.');
            if (number && (versioned && sep == ' ' || percentAfter(text, t.end()))) {
                break; // "Fable 5 80.3%": a score after the name, not a version
            }
            if (VERSION.matcher(token).matches()) {
                versioned = true;
                lastGood = t.end();
                pendingCapitals = 0;
            } else if (TIERS.contains(token)) {
                lastGood = t.end();
                pendingCapitals = 0;
            } else if (Character.isUpperCase(raw.charAt(0)) && sep != '_' && pendingCapitals < 3) {
                pendingCapitals++; // kept only if a version follows
            } else {
                break;
            }
            tokens++;
            i = t.end();
        }
        end = Math.max(end, lastGood);
        if (!versioned && !STANDALONE.contains(family) || MODIFIER.matcher(text).region(end, text.length()).lookingAt()) {
            return null;
        }
        return new Span(start, end);
    }

    private static boolean nextIsVersion(String text, int from) {
        if (from + 1 >= text.length() || text.charAt(from) != ' ') {
            return false;
        }
        Matcher t = TOKEN.matcher(text).region(from + 1, Math.min(text.length(), from + 20));
        return t.lookingAt() && VERSION.matcher(t.group().toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean percentAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '*')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '％');
    }

    /** True when the character at {@code end} continues a Latin word or a number. */
    private static boolean continuesWord(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c < 128 && Character.isLetterOrDigit(c) || c == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
    }
}
