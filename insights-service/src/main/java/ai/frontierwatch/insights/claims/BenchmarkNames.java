package ai.frontierwatch.insights.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark-like names the catalogue may not know, read as written. A name shaped like a benchmark
 * ("CursorBench", "Terminal-Bench 2.0", "AA Openness Index", "Humanity’s Last Exam", "WorldVQA") counts
 * anywhere; any other capitalised name ("WeirdML", "GSO", "BIRD", "CritPt") only where a score names it:
 * "68% on X", "X: 71.2", "X（73.8%", "在 X 上". Ordinary words, hardware, units and possessives are not names.
 */
final class BenchmarkNames {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsLatin}\\p{IsGreek}\\p{N}²³][\\p{IsLatin}\\p{IsGreek}\\p{N}²³]*+(?:[-.'’+&][\\p{IsLatin}\\p{IsGreek}\\p{N}²³]++)*+(?:['’]s?)?");
    /** Tokens that make a name a benchmark wherever it is written. */
    private static final Pattern STRONG = Pattern.compile(
            ".*(?:Arena|Evals?|Exam|Index|Benchmark|Leaderboard|VQA|QA|Elo)|(?i:.*bench.*|arc-agi.*|c?mmlu.*|gpqa.*|aime.*"
                    + "|hle|humaneval.*|mbpp.*|bfcl.*|ifeval|mmmu.*|browsecomp.*|osworld.*|livecodebench.*|codeforces|gsm8k"
                    + "|frontiermath|gdpval.*|swe-.*|math-\\d+|τ.*|tau-.*|hellaswag|winogrande|mathvista|longbench.*|eci)");
    /** Strong tokens that are ordinary words: they need an unusual token in the name ("AA Openness Index"). */
    private static final Set<String> GENERIC = Set.of("index", "benchmark", "benchmarks", "exam", "arena", "eval", "evals",
            "leaderboard", "bench", "qa");
    /** Words that end or start no name. */
    private static final Set<String> STOP = Set.of("the", "a", "an", "its", "their", "our", "his", "her", "this", "that",
            "these", "it", "in", "on", "at", "for", "with", "and", "or", "but", "while", "which", "vs", "versus", "also",
            "new", "top", "best", "open", "from", "to", "by", "of", "as", "is", "was", "are", "sota", "elo", "score",
            "scores", "rating", "activity", "image", "post", "results", "result", "image:", "we", "i", "they", "he", "she",
            "overall", "average", "avg", "total", "accuracy", "pass", "success", "rate");
    /** Capitalised acronyms and words that name hardware, units or things other than benchmarks. */
    private static final Set<String> NOT_BENCHMARKS = Set.of("ai", "llm", "llms", "api", "apis", "gpu", "gpus", "cpu", "ram",
            "vram", "moe", "mit", "apache", "oss", "sota", "tps", "usd", "rmb", "bf16", "fp8", "fp16", "int4", "int8", "nvfp4",
            "gguf", "mlx", "cuda", "rl", "sft", "dpo", "ttft", "p50", "p95", "p99", "kv", "json", "pdf", "ui", "ux", "ceo",
            "cto", "ipo", "saas", "agi", "asi", "mcp", "cli", "sdk", "ide", "os", "ios", "github", "hugging", "reddit",
            "twitter", "x", "youtube", "openrouter", "cursor", "apple", "nvidia", "macbook", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "q1", "q2", "q3", "q4", "rtx",
            "gtx", "rx", "tesla", "qa", "vqa", "elo", "tpu", "tpus", "vllm", "sglang", "ollama", "llama.cpp", "pytorch", "jax");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");
    private static final Pattern HARDWARE = Pattern.compile("(?i)[a-z]{1,3}\\d{2,4}[a-z]?|\\d+(?:\\.\\d+)?[kmgt]?b");
    private static final Pattern VERSION = Pattern.compile("\\d(?:\\.\\d)?|20\\d\\d|\\d\\.\\d\\d?");
    private static final Pattern LOWER_SLUG = Pattern.compile("[a-z]+-bench(?:-[a-z0-9.]+)*|τ.*");
    /** A hyphenated adjective ends no name: "SWE-style tasks", "GPT-4-class model", "AIME-level problems". */
    private static final Pattern ADJECTIVE = Pattern.compile(
            "(?i).+-(?:style|like|level|class|based|type|grade|scale|sized|ish|esque|inspired|powered|native|friendly"
                    + "|focused|heavy|centric|specific|oriented|related|ready|tier|flavou?red|format|shaped)");
    /** A release-stage word ends a codename, not a benchmark: "Ox-Alpha", "Horizon Beta" (stealth models). */
    private static final Pattern CODENAME = Pattern.compile("(?i)(?:.+[- ])?(?:alpha|beta|gamma|omega|preview|canary|nightly)");
    /** Words before a name that are not part of it: "on the AA Intelligence Index", "on its Intelligence Index". */
    static final Pattern LEAD = Pattern.compile("(?i)(?:the|its|their)\\s+");
    private static final int MAX_TOKENS = 6;

    private BenchmarkNames() {
    }

    /** Names shaped like a benchmark anywhere in {@code text}. */
    static List<ModelNames.Span> strong(String text) {
        List<ModelNames.Span> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        int last = -1;
        while (t.find()) {
            if (t.start() < last || !startsCleanly(text, t.start())) {
                continue;
            }
            String token = bare(t.group());
            if (!strongToken(token)) {
                continue;
            }
            ModelNames.Span head = new ModelNames.Span(t.start(), t.start() + token.length());
            int start = extendBackward(text, head.start(), true);
            int end = extendForward(text, head.end());
            String name = text.substring(start, end);
            boolean generic = GENERIC.contains(token.toLowerCase(Locale.ROOT));
            if (generic && !unusual(name) && !objectPosition(text, start)) {
                continue;
            }
            ModelNames.Span s = trimmed(text, start, end);
            if (s != null) {
                out.add(s);
                last = s.end();
            }
        }
        return out;
    }

    /** A name starting at {@code pos} (leading "the"/"its" skipped), or null. */
    static ModelNames.Span forward(String text, int pos) {
        int i = pos;
        Matcher lead = LEAD.matcher(text).region(i, Math.min(text.length(), i + 8));
        if (lead.lookingAt()) {
            i = lead.end();
        }
        Matcher t = TOKEN.matcher(text).region(i, Math.min(text.length(), i + 60));
        if (!t.lookingAt() || !nameToken(bare(t.group()), true)) {
            return null;
        }
        int end = extendForward(text, i + bare(t.group()).length());
        return accepted(text, i, end);
    }

    /** A name ending at {@code end} (white space before {@code end} skipped), or null. */
    static ModelNames.Span backward(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int start = extendBackward(text, e, false);
        if (start >= e) {
            return null;
        }
        return accepted(text, start, e);
    }

    private static ModelNames.Span accepted(String text, int start, int end) {
        ModelNames.Span s = trimmed(text, start, end);
        if (s == null) {
            return null;
        }
        String name = text.substring(s.start(), s.end());
        List<String> tokens = tokens(name);
        if (tokens.stream().anyMatch(t -> MONTH.matcher(t).matches() || NOT_BENCHMARKS.contains(t.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (tokens.size() == 1) {
            String t = tokens.get(0);
            boolean shaped = uppercase(t) >= 2 || t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter)
                    || t.indexOf('-') > 0 && uppercase(t.substring(1)) > 0 || STRONG.matcher(t).matches() || t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK);
            if (!shaped || NOT_BENCHMARKS.contains(t.toLowerCase(Locale.ROOT)) || HARDWARE.matcher(t).matches()) {
                return null;
            }
        } else if (!unusual(name) && tokens.stream().noneMatch(t -> STRONG.matcher(t).matches())) {
            return null;
        }
        return s;
    }

    /** Leading stop words and trailing stop words, possessives and score words dropped; null when nothing is left. */
    private static ModelNames.Span trimmed(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(start, end);
        while (t.find()) {
            spans.add(new int[] {t.start(), t.start() + bare(t.group()).length()});
        }
        int from = 0;
        int to = spans.size();
        while (from < to && STOP.contains(text.substring(spans.get(from)[0], spans.get(from)[1]).toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (to > from && (STOP.contains(text.substring(spans.get(to - 1)[0], spans.get(to - 1)[1]).toLowerCase(Locale.ROOT))
                || text.substring(spans.get(to - 1)[0], spans.get(to - 1)[1]).matches("v\\d+(?:\\.\\d+)*"))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (to - from > 1 && text.substring(spans.get(to - 1)[0], spans.get(to - 1)[1]).equalsIgnoreCase("benchmark")
                && unusual(text.substring(spans.get(from)[0], spans.get(to - 2)[1]))) {
            to--; // "EQ-Bench Creative Writing Benchmark": the name is "EQ-Bench Creative Writing"
        }
        String last = text.substring(spans.get(to - 1)[0], spans.get(to - 1)[1]);
        if (possessive(last) || NOT_BENCHMARKS.contains(last.toLowerCase(Locale.ROOT)) || ADJECTIVE.matcher(last).matches()
                || CODENAME.matcher(last).matches()) {
            return null;
        }
        return new ModelNames.Span(spans.get(from)[0], spans.get(to - 1)[1]);
    }

    private static int extendForward(String text, int end) {
        int e = end;
        for (int n = 0; n < MAX_TOKENS && e < text.length() && text.charAt(e) == ' '; n++) {
            Matcher t = TOKEN.matcher(text).region(e + 1, Math.min(text.length(), e + 40));
            if (!t.lookingAt()) {
                break;
            }
            String token = bare(t.group());
            int tokenEnd = e + 1 + token.length();
            boolean version = VERSION.matcher(token).matches() && !percentAfter(text, tokenEnd);
            if (!version && !nameToken(token, false)) {
                break;
            }
            e = tokenEnd;
        }
        return e;
    }

    /**
     * Start of the name ending at {@code end}, reading tokens backwards over single spaces. With
     * {@code headIncluded} the token ending at {@code end} is already part of the name and an owner right before
     * it ("Sam Paech’s EQ-Bench") is not.
     */
    private static int extendBackward(String text, int end, boolean headIncluded) {
        int s = end;
        for (int n = 0; n < MAX_TOKENS; n++) {
            int i = s;
            if (n > 0 || headIncluded) {
                if (i == 0 || text.charAt(i - 1) != ' ') {
                    break;
                }
                i--;
            }
            int j = i;
            while (j > 0 && isTokenChar(text.charAt(j - 1))) {
                j--;
            }
            String raw = text.substring(j, i);
            if (raw.isEmpty() || !bare(raw).equals(raw) || !nameToken(raw, false) || !startsCleanly(text, j)) {
                break;
            }
            if (headIncluded && n == 0 && possessive(raw)) {
                break;
            }
            s = j;
        }
        return s;
    }

    private static boolean possessive(String token) {
        return token.endsWith("’s") || token.endsWith("'s") || token.endsWith("’");
    }

    private static boolean isTokenChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '+' || c == '&')
                || c == '’' || c == '²' || c == '³' || Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c);
    }

    /** A benchmark-shaped token, written as a name: "LiveCodeBench", "SWE-bench", "HLE" (not "benchmark-gaming"). */
    private static boolean strongToken(String token) {
        return (uppercase(token) > 0 || token.chars().anyMatch(Character::isDigit) || LOWER_SLUG.matcher(token).matches())
                && STRONG.matcher(token).matches() && !HARDWARE.matcher(token).matches();
    }

    /** A token that may be part of a name: capitalised, an acronym, mixed case, a version or a hyphenated term. */
    private static boolean nameToken(String token, boolean first) {
        if (token.isEmpty() || STOP.contains(token.toLowerCase(Locale.ROOT)) && !first) {
            return false;
        }
        int c = token.codePointAt(0);
        if (Character.isDigit(c)) {
            return false; // numbers join a name only as versions
        }
        if (Character.isUpperCase(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK) {
            return true;
        }
        return uppercase(token) > 0 || STRONG.matcher(token).matches() && token.indexOf('-') > 0;
    }

    /** A name with something no ordinary phrase has: an acronym, a digit, a hyphen or inner capitals. */
    private static boolean unusual(String name) {
        for (String t : tokens(name)) {
            if (uppercase(t) >= 2 || t.chars().anyMatch(Character::isDigit) || t.indexOf('-') > 0
                    || t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK)) {
                return true;
            }
        }
        return false;
    }

    /** Written as the object of "on", "in", "its", "the", "for" or "在": a name, not a headline word. */
    private static boolean objectPosition(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(?:\\bon|\\bin|\\bits|\\bthe|\\bfor|在)\\s*$");
    }

    private static int uppercase(String token) {
        return (int) token.chars().filter(Character::isUpperCase).count();
    }

    private static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(name);
        while (t.find()) {
            out.add(bare(t.group()));
        }
        return out;
    }

    /** A token without trailing punctuation that ends a sentence rather than a name. */
    private static String bare(String token) {
        String t = token;
        while (!t.isEmpty() && ".-+&'".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static boolean startsCleanly(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        return !(c < 128 && Character.isLetterOrDigit(c)) && c != '@' && c != '/' && c != '_' && c != '#';
    }

    private static boolean percentAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '％');
    }
}
