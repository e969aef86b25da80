package ai.frontierwatch.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Model names of no known family, found by how a document speaks of them. The news names a release before any
 * catalogue does, often under a new family word ("Photon-1", "Oasis 3", "Laguna-XS.2", "Muse Spark 1.2"). Such a
 * name is a capitalised word with a version, and it counts only with evidence that a model is meant: a release
 * verb right before it ("released", "open-sourced", "发布", "推出"), the word "model" or "模型" right after it, or a
 * Hugging Face link to it. Software, devices and chips that are written the same way ("Python 3.13", "iOS 26",
 * "Gaudi 3") are never models. Also, a name the scanner found goes on with one capitalised word that the
 * document writes after it more than once, or with several different such words ("GPT-5.6 Sol" beside
 * "GPT-5.6 Luna", "Nemotron 3.5 Lightning" twice): a line name, not a sentence going on. Linear in the text.
 */
final class NewModelNames {

    /** Things written like models that are not: languages, frameworks, systems, devices, chips, document parts. */
    private static final Set<String> NOT_MODELS = Set.copyOf(List.of("python", "pytorch", "cuda", "ios", "ipados", "android",
            "windows", "macos", "ubuntu", "debian", "linux", "node", "nodejs", "react", "chrome", "iphone", "ipad",
            "pixel", "galaxy", "vllm", "sglang", "transformers", "tensorflow", "jax", "ollama", "docker", "kubernetes",
            "java", "rust", "swift", "xcode", "vscode", "cursor", "series", "round", "phase", "tier", "level",
            "version", "day", "week", "part", "chapter", "figure", "fig", "table", "section", "top", "gaudi",
            "trainium", "inferentia", "blackwell", "hopper", "rubin", "tpu", "gpu", "cpu", "npu", "mcp", "http", "web",
            "wave", "stage", "season", "episode", "vol", "volume", "issue", "page", "step", "item", "task", "test",
            "class", "grade", "unit", "lesson", "agent", "agents", "model", "models", "node", "appendix", "claude",
            "nvfp", "mxfp", "int", "elo", "score", "rank", "apache", "mit", "gpl", "agpl", "lgpl", "bsd", "mpl", "openai", "anthropic", "google", "meta", "microsoft", "nvidia", "amazon", "apple", "xai", "epoch", "arena"));
    /** Capitalised words that go on a sentence or a title rather than a name. */
    private static final Set<String> NOT_LINE_WORDS = Set.copyOf(List.of("the", "a", "an", "and", "or", "but", "in", "on", "at",
            "for", "with", "by", "to", "of", "from", "is", "are", "was", "were", "has", "have", "had", "will", "can",
            "may", "also", "now", "then", "this", "that", "these", "those", "it", "its", "as", "if", "via", "vs",
            "after", "before", "while", "when", "which", "who", "what", "how", "why", "not", "no", "yes", "all", "new",
            "more", "most", "so", "just", "released", "release", "launches", "launched", "launch", "tops", "beats",
            "leads", "arrives", "review", "update", "updates", "results", "users", "team", "api", "app", "apps",
            "model", "models", "benchmark", "benchmarks", "bench", "system", "card", "paper", "report", "blog", "news",
            "here", "there", "today", "open", "weights", "free", "available", "access", "support", "is", "gets",
            "got", "goes", "takes", "makes", "shows", "hits", "scores", "wins", "ships", "comes", "vs", "versus",
            "than", "like", "early", "first", "latest", "official", "officially", "chat", "usage"));
    private static final List<String> VERBS_BEFORE = List.of("released", "releases", "release of", "launched",
            "launches", "open-sourced", "open sourced", "open-weight", "open weight", "open-weights", "introduced",
            "introduces", "unveiled", "unveils", "announced", "announces", "debuted", "debuts", "shipped", "ships",
            "发布", "發布", "推出", "开源", "開源", "上线", "上線", "发布了", "推出了", "开源了", "模型", " model");
    private static final List<String> NOUNS_AFTER = List.of(" model", "-model", "模型", " 模型", " weights", " checkpoint");
    /** A release told after the name: "Laguna S 2.1 Released", "Oasis 4 is now available", "Photon-2发布". */
    private static final List<String> VERBS_AFTER = List.of(" released", " is released", " was released", " launches",
            " launched", " is now available", " now available", " open-sourced", " is open-sourced", " debuts",
            "发布", " 发布", "發布", " 發布", "正式发布", "开源", "開源", "上线", "上線");
    /** A score stated for the name in its sentence: "Laguna S 2.1 … reported 70.2% on Terminal-Bench 2.1". */
    private static final Pattern SCORE_ON = Pattern.compile("\\d+(?:\\.\\d+)?%[*`_]*\\s+on\\s+[*`_]*[A-Za-z]");
    /** How far after a name its sentence is read for a score. */
    private static final int SCORE_WINDOW = 240;

    private NewModelNames() {
    }

    /** Endings that make a word a benchmark's name ("Medmarks", "HealthBench", "CodeArena"), never a model's. */
    private static final List<String> BENCHMARK_ENDINGS = List.of("bench", "marks", "mark", "eval", "evals", "arena",
            "leaderboard", "exam", "test");

    private static boolean benchmarkLike(String word) {
        return BENCHMARK_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** True for a capitalised word that goes on a sentence or a title rather than a name ("The", "Released"). */
    static boolean notLineWord(String folded) {
        return NOT_LINE_WORDS.contains(folded) || NOT_MODELS.contains(folded);
    }

    /** Cued names of no known family in {@code text}, left to right, none overlapping {@code known}. */
    static List<ModelNameScanner.Span> cued(FoldedText text, List<ModelNameScanner.Span> known) {
        String f = text.folded();
        String o = text.original();
        List<ModelNameScanner.Span> out = new ArrayList<>();
        int k = 0;
        int i = 0;
        while (i < f.length()) {
            if (!startsWord(f, o, i)) {
                i++;
                continue;
            }
            int end = candidate(f, o, i);
            if (end < 0) {
                i = wordEnd(f, i);
                continue;
            }
            while (k < known.size() && known.get(k).end() <= i) {
                k++;
            }
            boolean overlaps = k < known.size() && known.get(k).start() < end;
            if (!overlaps && cuedAt(f, o, i, end)) {
                out.add(new ModelNameScanner.Span(i, end));
            }
            i = end;
        }
        return out;
    }

    /**
     * The spans with a line word after them where the document shows it is one: the same name and word written
     * more than once, or the same name followed by several different such words.
     */
    static List<ModelNameScanner.Span> withLineWords(FoldedText text, List<ModelNameScanner.Span> spans) {
        String f = text.folded();
        String o = text.original();
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, Set<String>> wordsAfter = new HashMap<>();
        int[] wordEnds = new int[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            ModelNameScanner.Span span = spans.get(s);
            wordEnds[s] = lineWordEnd(f, o, span.end(), s + 1 < spans.size() ? spans.get(s + 1).start() : f.length());
            if (wordEnds[s] > 0) {
                String name = f.substring(span.start(), span.end());
                String word = f.substring(span.end() + 1, wordEnds[s]);
                pairs.merge(name + " " + word, 1, Integer::sum);
                wordsAfter.computeIfAbsent(name, n -> new HashSet<>()).add(word);
            }
        }
        List<ModelNameScanner.Span> out = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            ModelNameScanner.Span span = spans.get(s);
            if (wordEnds[s] > 0) {
                String name = f.substring(span.start(), span.end());
                String word = f.substring(span.end() + 1, wordEnds[s]);
                if (pairs.get(name + " " + word) >= 2 || wordsAfter.get(name).size() >= 2) {
                    out.add(new ModelNameScanner.Span(span.start(), wordEnds[s]));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    /** End of a line word right after a name ending at {@code end} ("Sol" in "GPT-5.6 Sol now…"), or -1. */
    private static int lineWordEnd(String f, String o, int end, int limit) {
        int start = end + 1;
        if (end >= f.length() || o.charAt(end) != ' ' || start >= f.length() || start >= limit) {
            return -1;
        }
        if (!Character.isUpperCase(o.charAt(start))) {
            return -1;
        }
        int wEnd = start;
        while (wEnd < f.length() && f.charAt(wEnd) >= 'a' && f.charAt(wEnd) <= 'z') {
            wEnd++;
        }
        if (wEnd - start < 3 || wEnd > limit) {
            return -1;
        }
        for (int j = start + 1; j < wEnd; j++) {
            if (!Character.isLowerCase(o.charAt(j))) {
                return -1; // "YouTube", "API": a product or an acronym after the name, not a line word
            }
        }
        if (wEnd < f.length() && (isWordChar(f.charAt(wEnd)) || f.charAt(wEnd) == '.' && wEnd + 1 < f.length()
                && Character.isDigit(f.charAt(wEnd + 1)))) {
            return -1;
        }
        String word = f.substring(start, wEnd);
        boolean verb = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                || word.endsWith("ed") && !word.endsWith("eed"); // a headline going on: "Kimi K2.5 Achieves SOTA", "… Launched"
        return verb || NOT_LINE_WORDS.contains(word) || ModelNameScanner.isBrand(word) ? -1 : wEnd;
    }

    /**
     * End of a capitalised word with a version at {@code start}: glued ("Sapiens2", "TRELLIS.2", "Photon-1",
     * "Laguna-XS.2", "Protenix-v1") or after a space ("Oasis 3", "Ideogram 2.0"), optionally with a second
     * capitalised word before the version ("Muse Spark 1.2"); -1 when there is none.
     */
    private static int candidate(String f, String o, int start) {
        if (!Character.isUpperCase(o.charAt(start))) {
            return -1;
        }
        int letters = start;
        while (letters < f.length() && f.charAt(letters) >= 'a' && f.charAt(letters) <= 'z') {
            letters++;
        }
        if (letters - start < 3 || NOT_MODELS.contains(f.substring(start, letters))
                || ModelNameScanner.isBrand(f.substring(start, letters)) || benchmarkLike(f.substring(start, letters))) {
            return -1;
        }
        int v = versionAt(f, letters, true);
        if (v < 0 && letters < f.length() && (f.charAt(letters) == ' ' || f.charAt(letters) == '-')
                && o.charAt(letters) != '\n') {
            v = versionAt(f, letters + 1, false);
            if (v < 0 && letters + 1 < f.length() && Character.isUpperCase(o.charAt(letters + 1))) {
                // one more capitalised word, then the version: "Muse Spark 1.2", "Laguna XS 2.1"
                int second = letters + 1;
                while (second < f.length() && f.charAt(second) >= 'a' && f.charAt(second) <= 'z') {
                    second++;
                }
                String word = f.substring(letters + 1, second);
                int length = second - letters - 1;
                boolean tierLetter = length == 1 && Character.isUpperCase(o.charAt(letters + 1)); // "Laguna S 2.1"
                if ((length >= 2 || tierLetter) && !NOT_LINE_WORDS.contains(word) && !NOT_MODELS.contains(word)
                        && second < f.length() && (f.charAt(second) == ' ' || f.charAt(second) == '-')) {
                    v = versionAt(f, second + 1, false);
                }
            }
        }
        if (v < 0 || v < f.length() && (isWordChar(f.charAt(v)) || f.charAt(v) == '_')) {
            return -1;
        }
        return v;
    }

    /**
     * End of a version at {@code pos}: digits with dots ("3", "2.0", "1.5"), "v1", or a short upper-case tier glued
     * to its number after a hyphen ("M.1", "XS.2"); {@code glued} also takes ".2" and "-1" right after the word.
     */
    private static int versionAt(String f, int pos, boolean glued) {
        int p = pos;
        if (glued) {
            if (p < f.length() && (f.charAt(p) == '.' || f.charAt(p) == '-')) {
                p++;
            }
        }
        if (p < f.length() && (f.charAt(p) == 'v') && p + 1 < f.length() && Character.isDigit(f.charAt(p + 1))) {
            p++;
        } else if (p + 2 < f.length() && Character.isLetter(f.charAt(p)) && (f.charAt(p + 1) == '.'
                || Character.isLetter(f.charAt(p + 1)) && f.charAt(p + 2) == '.')) {
            p += f.charAt(p + 1) == '.' ? 2 : 3; // "m.1", "xs.2"
        }
        if (p >= f.length() || !Character.isDigit(f.charAt(p))) {
            return -1;
        }
        int digits = 0;
        while (p < f.length() && (Character.isDigit(f.charAt(p)) || f.charAt(p) == '.' && p + 1 < f.length()
                && Character.isDigit(f.charAt(p + 1)))) {
            digits++;
            p++;
        }
        return digits > 5 ? -1 : p; // "Python 20240806": a number, not a version
    }

    private static boolean cuedAt(String f, String o, int start, int end) {
        String before = f.substring(Math.max(0, start - 16), start).replace('*', ' ').replace('`', ' ')
                .replace('[', ' ').replace('"', ' ').replace('“', ' ').replace('”', ' ')
                .replace('「', ' ').replace('」', ' ').strip();
        for (String verb : VERBS_BEFORE) {
            if (before.endsWith(verb)) {
                return true;
            }
        }
        String after = f.substring(end, Math.min(f.length(), end + 24)).replace("*", "").replace("`", "")
                .replace("]", "").replace("”", "").replace("\"", "");
        if (startsWithWord(after, NOUNS_AFTER) || startsWithWord(after, VERBS_AFTER) || scoreInSentence(f, o, end)) {
            return true;
        }
        String linked = f.substring(end, Math.min(f.length(), end + 80));
        int link = linked.indexOf("](https://huggingface.co/");
        return link >= 0 && link <= 3 && linked.indexOf(')', link) > 0
                && linked.substring(link, linked.indexOf(')', link)).endsWith("/" + f.substring(start, end));
    }

    /** True when {@code text} starts with one of {@code words} as a whole word (a Chinese word needs no boundary). */
    private static boolean startsWithWord(String text, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w) && (text.length() == w.length() || !Character.isLetter(text.charAt(w.length()))
                    || w.charAt(w.length() - 1) > 127)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence going on after {@code end} states a percentage on something: a model's score. */
    private static boolean scoreInSentence(String f, String o, int end) {
        int limit = Math.min(f.length(), end + SCORE_WINDOW);
        for (int i = end; i < limit; i++) {
            char c = f.charAt(i);
            if (o.charAt(i) == '\n' || o.charAt(i) == '\r' || c == '。' || c == '.' && (i + 1 >= f.length() || f.charAt(i + 1) == ' ')) {
                limit = i;
                break;
            }
        }
        return SCORE_ON.matcher(f).region(end, limit).find();
    }

    private static boolean startsWord(String f, String o, int i) {
        return isWordChar(f.charAt(i)) && (i == 0 || !isWordChar(f.charAt(i - 1)) && f.charAt(i - 1) != '.'
                && f.charAt(i - 1) != '_' && f.charAt(i - 1) != '-' && f.charAt(i - 1) != '/');
    }

    private static int wordEnd(String f, int i) {
        int j = i;
        while (j < f.length() && isWordChar(f.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

}
