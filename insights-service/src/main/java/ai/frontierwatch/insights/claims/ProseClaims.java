package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.insights.matching.NameIndex;
import ai.frontierwatch.text.FoldedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores stated in prose. Each number that can be a score ({@link ProseNumbers}) needs a benchmark and a model:
 * <ul>
 * <li>the benchmark written with it ("71.2% on LiveCodeBench", "SWE-bench（73.8%", "GDPval-AA = 1524",
 * "4.7% AA-WER"), else the one named last before it in the sentence ("在 MMLU-Pro 上取得 78.4 分"), else the
 * single one of the sentence before ("WorldVQA测试显示…。…得分也仅47.4%");</li>
 * <li>the model written with it ("GPT-5.5 at 67.1%", "GLM-5’s 1408", "GPT-4o 的 72.6 分", "58.6% for GPT-5.4"),
 * else the subject of the sentence (its first model outside a comparison), else, for a sentence that refers
 * back ("it", "该模型") or is a bare list entry ("BFCL: 76.8%"), the subject of the last sentence before it
 * that names a model, or the title's single model.</li>
 * </ul>
 * A number compared against ("vs 52% for larger models", "beating a baseline at 71.9%") without a model of
 * its own is not credited to the subject; a sentence starting with two models joined by "and" has no single
 * subject. Names the catalogue does not know are kept as written with a null id. No number, no claim.
 */
final class ProseClaims {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProseClaims.class);
    /** Time one document's sentences may take to read; bounds the CPU one article costs whatever its length. */
    static final long MAX_SENTENCE_NANOS = 10_000_000_000L;

    /** A model or benchmark named at [start, end); {@code id} null when the catalogue does not know it. */
    private record Ref(int start, int end, String id, String surface) {
    }

    /**
     * A sentence of one line; {@code listLike}: the line starts with a score entry; {@code afterColon}: the line
     * before ends with a colon; {@code endsColon}: this line does (it introduces a list); {@code indent}: the white
     * space before the line's text, the depth of a nested list item.
     */
    private record Sentence(int start, int end, int line, int block, boolean lineListLike, boolean lineAfterColon,
            boolean lineEndsColon, int indent) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。!?！？]|\\.(?=\\s|$)");
    private static final String MARKUP = "*_`";
    private static final Pattern PRONOUN = Pattern.compile(
            "它|该模型|此模型|这个模型|这款模型|新模型|(?<![尤极及与])其(?![中他它余实次后间一])"
                    + "|\\b(?:it|the model|this model|the new model)\\b");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:vs\\.?|versus|than|ahead of|behind|beating|beats?|outperform\\w*|surpass\\w*|compared (?:to|with)"
                    + "|trailing|trails|match(?:es|ed|ing)|t(?:ies|ied|ying) with|on par with|level with)\\b"
                    + "|领先|超越|超过|相比|对比|落后|不如|高于|低于|击败|打败|持平|追平|比肩|媲美");
    /** What may stand between a compared model and its own number: "GLM-5’s 1408", "GPT-4o 的 72.6", "Opus 4.7 no-thinking at 76.4%". */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "[\\s*`_]*(?:\\([^)]{1,20}\\)|\\[[^\\]]{1,20}\\]|[\\w-]+)?[\\s*`_]*(?:的|'s|’s|at|:|\\()?[\\s*`_$]*");
    private static final Pattern COMPARED_AFTER = Pattern.compile("^\\s*(?:相比|相较|比较)");
    private static final Pattern COORDINATED = Pattern.compile("^[\\s*`_]*(?:and|&|和|与|及|、|,|/)[\\s*`_]*$");
    private static final Pattern MODEL_AFTER = Pattern.compile("^[\\s*`_]*(?:for|by|of|from)\\s+(?:the\\s+)?[\\s*`_]*$");
    private static final Pattern OWNER_AFTER = Pattern.compile("^[\\s*`_]*(?:for|by|from)\\s+\\S");
    /** "71.2% on X", "71.2% pass@1 on X", "71.2% (avg@8) in X". */
    private static final Pattern ON_BENCHMARK = Pattern.compile(
            "^[\\s*`_]*(?:\\(?(?:pass|maj|cons|avg)@\\d+\\)?[\\s*`_]+)?"
                    + "(?:(?:score|accuracy|(?:success|pass|resolve|solve) rate)[\\s*`_]+)?(?:on|in)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJACENT = Pattern.compile("^[ *`_]*");
    /** A sentence opening with a short name and a colon: the label of the scores that follow. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{IsLatin}\\p{IsGreek}\\d][^:\\s]*(?: [^:\\s]+){0,3}\\s*:\\s*\\S");
    private static final Pattern OUT_OF = Pattern.compile("^\\s*out of [\\d,]+(?:\\s+[a-z-]+){1,2}?\\s+(?:on|in|from)\\s+");
    /** "在 BIRD 测试中", "在 HLE（人类终极考试）基准测试中", "在 X 上": X names the benchmark of the clause. */
    private static final Pattern ZAI = Pattern.compile("在\\s*");
    private static final Pattern ZAI_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,20}\\))?\\s*(?:基准测试|基准|测试|评测|榜单|排行榜|上|中)");
    /** What may stand between a benchmark and its number: "B: N", "B = N", "B（N", "B Elo N", "B SOTA at N", "B得分达N". */
    private static final Pattern BENCHMARK_CUE = Pattern.compile(
            "(?:\\s+v\\d+(?:\\.\\d+)*)?(?:\\s*(?:sota|elo(?: score)?|score|rubric score)?\\s*(?:at|of|:|=|\\(|is|was)?|\\s*(?:基准测试|基准|测试|评测|榜单)?"
                    + "\\s*(?:上|中)?\\s*(?:的)?\\s*(?:得分|成绩|准确率|通过率|分数|评分)?\\s*(?:为|是|达到|达|仅为|仅|也仅|以|取得了?|获得了?)?\\s*[:(]?)"
                    + "[\\s*`_$]*$");
    private static final Pattern SCORE_CUE = Pattern.compile(
            "(?:score of|scored|scores|scoring|score|rating of|rated|得分[为达]?|评分|成绩[为是]?|elo(?: score)?(?: of)?|at|posted|posts"
                    + "|hits?|hitting|reached|reaching|reaches|achieved|achieving|achieves|达到?|为|=|:)\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile("\\S\\s*\\|\\s*\\S|^\\s*\\|");
    /** Words after a number that say how it was scored, or go on the sentence: the number stays a score. */
    private static final java.util.Set<String> SCORE_WORDS = java.util.Set.of("accuracy", "acc", "score", "scores",
            "scored", "pass", "success", "resolve", "resolved", "solve", "solved", "rate", "overall", "average", "avg",
            "mean", "elo", "exact", "correct", "top", "zero", "few", "one", "shot", "shots", "cot", "maj", "with",
            "without", "and", "or", "vs", "versus", "on", "in", "at", "for", "from", "to", "by", "as", "under", "using",
            "when", "while", "which", "that", "the", "across", "among", "but", "respectively", "each", "all", "both",
            "there", "here", "then", "now", "after", "before", "compared", "against", "previously", "earlier", "only",
            "just", "nearly", "reasoning", "thinking", "tools", "no", "not", "is", "was", "are", "were", "has", "had",
            "points", "pts", "percent", "test", "verified", "leaderboard", "benchmark", "bench", "eval",
            "evals", "sota", "new", "record", "high", "medium", "low", "max", "mode", "setting", "settings");
    /** Words after "N% on" that point back at the benchmark the text speaks of: "on average", "on it", "on both". */
    private static final java.util.Set<String> ON_WHAT_WAS_SAID = java.util.Set.of("average", "avg", "both", "each",
            "all", "it", "them", "this", "that", "these", "those", "its", "their", "the", "overall", "aggregate", "par",
            "top", "pass");
    /** "@user reported 56.1% on X": a score reported with no model named is the one the text speaks of. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:report|reported|reports|posted|posts|measured|measures|logged|logs|recorded|records|found|finds|cited|cites)\\b");
    private static final Pattern ORDINAL = Pattern.compile("^(?:第[一二三四五六七八九十]+|first|second|third)[,、:]?\\s*");
    private static final Pattern CONDITION_CLAUSE_BREAK = Pattern.compile("[，,、;；]");
    /** A capitalised word right after a name that the name did not take: "GPT-5.6 Sol", "Grok 4 Fast". */
    private static final Pattern FOLLOWING_WORD = Pattern.compile(
            "[*_`]*\\s([A-Z][a-z]{2,})(?![\\p{IsLatin}\\p{N}-])|-([a-z]{2,})(?![\\p{IsLatin}\\p{N}])");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "and", "for", "with", "from",
            "was", "are", "were", "has", "had", "have", "its", "via", "also", "then", "now", "still", "just", "only",
            "while", "which", "who", "that", "this", "after", "before", "but", "not", "high", "low", "medium", "xhigh",
            "minimal", "none", "into", "over", "under", "than", "when", "where", "reaches", "scores", "scored",
            "model", "release", "launch", "update", "review", "report", "card", "paper", "system", "technical", "team",
            "agent", "mode", "series", "family", "weights", "benchmark", "leaderboard", "tech", "blog", "demo", "api",
            "app", "research", "version", "preview", "hit", "hits", "beat", "tops", "leads", "took", "led", "released",
            "releases", "launched", "launches", "announced", "arrives", "debuts", "lands", "ships", "drops", "beats",
            "officially");
    /** "an SWE benchmark": a kind of benchmark, not one's name. */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)\\ban?\\s+$");
    /** " v2", " v2.1" after a benchmark's name: its version. */
    private static final Pattern VERSION_AFTER = Pattern.compile("\\s+v(\\d+(?:\\.\\d+)?)(?![\\p{IsLatin}\\p{N}]|\\.\\d)");
    /** What names the words before it a benchmark: ", an agentic benchmark", " benchmark". */
    private static final Pattern CALLED_BENCHMARK = Pattern.compile(
            ",\\s+(?:a|an)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,4}?benchmark\\b|\\s+benchmark\\b(?!s)");
    /** A sentence that introduces a benchmark of its own: "launched a new “game puzzles” benchmark". */
    private static final Pattern OWN_BENCHMARK = Pattern.compile(
            "(?i)\\b(?:a|an|new|another)\\s+(?:\\S+\\s+){0,3}?(?:benchmark|leaderboard|eval)\\b|新(?:的)?(?:基准|榜单|评测)|另一(?:个|项)(?:基准|榜单|评测)");

    private ProseClaims() {
    }

    static List<ExtractedClaim> extract(Catalogue catalogue, ArticleText article) {
        return extract(catalogue, article, ShortNames.of(article));
    }

    static List<ExtractedClaim> extract(Catalogue catalogue, ArticleText article, ShortNames shortNames) {
        String body = article.body();
        if (body == null || body.isBlank()) {
            return List.of();
        }
        FoldedText folded = article.foldedBody();
        String f = folded.folded();
        List<int[]> urls = NameIndex.urlSpans(body);
        List<Ref> models = models(article.bodyNames(), body, urls);
        for (ShortNames.Use u : shortNames.uses(body)) {
            if (!overlaps(models, u.start(), u.end()) && !NameIndex.inside(urls, u.start())) {
                models.add(new Ref(u.start(), u.end(), u.full().id(), u.full().surface())); // "K3" after "Kimi K3"
            }
        }
        models.sort(Comparator.comparingInt(Ref::start));
        List<Ref> benchmarks = benchmarks(catalogue, folded, body, models, urls);
        Ref titleModel = titleModel(catalogue, article);
        List<Sentence> sentences = sentences(body, f);
        Extraction x = new Extraction(catalogue, body, f, urls, models, benchmarks, titleModel, sentences);
        long deadline = System.nanoTime() + MAX_SENTENCE_NANOS;
        for (int i = 0; i < sentences.size(); i++) {
            if (System.nanoTime() > deadline) {
                // every pattern here is linear in its input, so only a huge document gets here: what was read is kept
                LOG.warnf("Prose of %d characters read for %d s: claims of its first %d of %d sentences kept",
                        body.length(), MAX_SENTENCE_NANOS / 1_000_000_000L, i, sentences.size());
                break;
            }
            x.sentence(i);
        }
        return x.claims;
    }

    /** Catalogue models and model-like names (catalogue first; a name overlapping one is dropped). */
    private static List<Ref> models(List<NameHit> hits, String body, List<int[]> urls) {
        List<Ref> refs = new ArrayList<>();
        for (NameHit h : hits) {
            Catalogue.idOf(h, EntityKind.MODEL).ifPresent(id -> refs.add(new Ref(h.start(), h.end(), id, h.surface())));
        }
        List<NameHit> vendors = hits.stream().filter(h -> Catalogue.idOf(h, EntityKind.VENDOR).isPresent()).toList();
        for (ModelNames.Span s : ModelNames.find(body)) {
            if (NameIndex.inside(urls, s.start()) || vendors.stream().anyMatch(v -> v.start() == s.start() && v.end() == s.end())) {
                continue;
            }
            List<Ref> overlapping = refs.stream().filter(r -> r.start() < s.end() && s.start() < r.end()).toList();
            // A longer name around a catalogue name ("Qwen 3.6 35B" around "Qwen") is another model: kept as written.
            if (overlapping.stream().allMatch(r -> r.start() >= s.start() && r.end() <= s.end()
                    && r.end() - r.start() < s.end() - s.start())) {
                refs.removeAll(overlapping);
                refs.add(new Ref(s.start(), s.end(), null, body.substring(s.start(), s.end())));
            }
        }
        refs.sort(Comparator.comparingInt(Ref::start));
        return refs;
    }

    private static List<Ref> benchmarks(Catalogue catalogue, FoldedText folded, String body, List<Ref> models,
            List<int[]> urls) {
        List<Ref> refs = new ArrayList<>();
        for (NameHit h : catalogue.benchmarkIndex().find(folded)) {
            if (h.surface().chars().allMatch(Character::isLowerCase)) {
                continue; // "multiple", "math": an ordinary word, not the benchmark written with its capitals
            }
            Catalogue.idOf(h, EntityKind.BENCHMARK).ifPresent(id -> refs.add(versioned(catalogue, body, h, id)));
        }
        for (ModelNames.Span s : BenchmarkNames.strong(body)) {
            if (!overlaps(refs, s.start(), s.end()) && !overlaps(models, s.start(), s.end()) && !NameIndex.inside(urls, s.start())) {
                Optional<String> byTail = catalogue.benchmarkByTail(body.substring(s.start(), s.end()));
                if (byTail.isPresent()) { // "Intelligence Index v4.1": the catalogue's index, shortened
                    refs.add(versioned(catalogue, body, new NameHit(Set.of(new ai.frontierwatch.insights.matching.NameRef(
                            EntityKind.BENCHMARK, byTail.get())), s.start(), s.end(), body.substring(s.start(), s.end())),
                            byTail.get()));
                    continue;
                }
                Matcher v = VERSION_AFTER.matcher(body).region(s.end(), Math.min(body.length(), s.end() + 12));
                int end = v.lookingAt() ? v.end() : s.end();
                refs.add(new Ref(s.start(), end, null, body.substring(s.start(), end)));
            }
        }
        // "released AA-AnalystAgent, an agentic benchmark for …", "the ExtractBench benchmark": named as a benchmark.
        Matcher called = CALLED_BENCHMARK.matcher(body);
        while (called.find()) {
            ModelNames.Span s = BenchmarkNames.backward(body, called.start());
            if (s != null && body.substring(s.end(), called.start()).isBlank() && !INDEFINITE.matcher(body)
                    .region(Math.max(0, s.start() - 4), s.start()).find() && !overlaps(refs, s.start(), s.end())
                    && !overlaps(models, s.start(), s.end()) && !NameIndex.inside(urls, s.start())) {
                refs.add(new Ref(s.start(), s.end(), null, body.substring(s.start(), s.end())));
            }
        }
        refs.sort(Comparator.comparingInt(Ref::start));
        return refs;
    }

    /**
     * A catalogue benchmark with the version written after it ("Terminal-Bench v2"): the catalogue's entry of that
     * version when it has one; the name as written without an id when the catalogue keeps other versions of it
     * apart (never the wrong version); else the benchmark itself, the version being a release of it.
     */
    private static Ref versioned(Catalogue catalogue, String body, NameHit h, String id) {
        Matcher v = VERSION_AFTER.matcher(body).region(h.end(), Math.min(body.length(), h.end() + 12));
        if (!v.lookingAt()) {
            return new Ref(h.start(), h.end(), id, h.surface());
        }
        String version = v.group(1);
        Optional<String> versionedId = wholeBenchmark(catalogue, h.surface() + " " + version)
                .or(() -> wholeBenchmark(catalogue, h.surface() + " " + version + ".0"));
        if (versionedId.isPresent()) {
            return new Ref(h.start(), v.end(), versionedId.get(), body.substring(h.start(), v.end()));
        }
        for (int major = 1; major <= 5; major++) {
            if (wholeBenchmark(catalogue, h.surface() + " " + major).isPresent()
                    || wholeBenchmark(catalogue, h.surface() + " " + major + ".0").isPresent()) {
                // The catalogue keeps this benchmark's versions apart: an unknown one is another benchmark.
                return new Ref(h.start(), v.end(), null, body.substring(h.start(), v.end()));
            }
        }
        return new Ref(h.start(), h.end(), id, h.surface()); // a release of the index ("Intelligence Index v4.1")
    }

    private static Optional<String> wholeBenchmark(Catalogue catalogue, String name) {
        List<NameHit> hits = catalogue.benchmarkIndex().find(name);
        return hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == name.length()
                ? Catalogue.idOf(hits.get(0), EntityKind.BENCHMARK) : Optional.empty();
    }

    /** The one model the title names, or null. */
    private static Ref titleModel(Catalogue catalogue, ArticleText article) {
        String title = article.title();
        if (title == null || title.isBlank()) {
            return null;
        }
        List<Ref> refs = models(article.titleNames(), title, List.of());
        List<String> keys = refs.stream().map(ProseClaims::key).distinct().toList();
        return keys.size() == 1 ? refs.get(0) : null;
    }

    private static String key(Ref r) {
        return r.id() != null ? r.id() : FoldedText.key(r.surface());
    }

    /** Sentences by line and block (blank lines separate blocks); table rows left in the text are skipped. */
    private static List<Sentence> sentences(String body, String f) {
        List<Sentence> out = new ArrayList<>();
        int block = 0;
        int line = 0;
        boolean previousBlank = false;
        boolean afterColon = false;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String text = body.substring(start, end);
            if (text.isBlank()) {
                if (!previousBlank) {
                    block++;
                }
                previousBlank = true;
                afterColon = false;
            } else {
                previousBlank = false;
                String stripped = text.strip();
                boolean endsColon = stripped.endsWith(":") || stripped.endsWith("：");
                if (!TABLE_ROW.matcher(text).find()) {
                    int indent = indent(text);
                    int s = start;
                    Matcher m = SENTENCE_END.matcher(f).region(start, end);
                    boolean first = true;
                    while (s < end) {
                        int e = m.find() ? m.end() : end;
                        if (!body.substring(s, e).isBlank()) {
                            out.add(new Sentence(s, e, line, block, first && listLike(f, s, e), afterColon, endsColon, indent));
                            first = false;
                        }
                        s = e;
                    }
                }
                afterColon = endsColon;
            }
            line++;
            start = end + 1;
        }
        return out;
    }

    /** The white space before a line's text (a tab as four spaces). */
    private static int indent(String line) {
        int n = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            n += line.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    /** A sentence starting with a benchmark or a number: an entry of a list of scores ("BFCL: 76.8%"). */
    private static boolean listLike(String f, int from, int to) {
        int i = entryStart(f, from, to);
        if (i >= to) {
            return false;
        }
        if (Character.isDigit(f.charAt(i))) {
            return true;
        }
        int j = i;
        while (j < to && f.charAt(j) < 128 && !Character.isWhitespace(f.charAt(j)) && f.charAt(j) != ':') {
            j++;
        }
        String rest = f.substring(j, Math.min(to, j + 40));
        return j > i && (rest.matches("(?s)^(?:\\s+\\S+){0,4}\\s*[:=(]\\s*[*`]*\\d.*")
                || rest.matches("(?s)^(?:\\s+[\\p{IsLatin}\\d.-]+){0,3}\\s+elo\\s+\\d.*"));
    }

    /** Where a list entry's text starts: after bullets, emoji and an ordinal ("第一，"). */
    private static int entryStart(String f, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetterOrDigit(f.charAt(i))) {
            i++;
        }
        Matcher ordinal = ORDINAL.matcher(f).region(i, to);
        if (ordinal.lookingAt()) {
            i = ordinal.end();
        }
        return i;
    }

    private static boolean overlaps(List<Ref> refs, int start, int end) {
        return refs.stream().anyMatch(r -> r.start() < end && start < r.end());
    }

    /** One article's extraction state. */
    private static final class Extraction {
        final Catalogue catalogue;
        final String body;
        final String f;
        final List<int[]> urls;
        final List<Ref> models;
        final List<Ref> benchmarks;
        final Ref titleModel;
        final List<Sentence> sentences;
        final List<ExtractedClaim> claims = new ArrayList<>();
        /** Set by {@link #model}: the model is written with the number ("GLM-5’s 1408"). */
        boolean ownNumber;

        Extraction(Catalogue catalogue, String body, String f, List<int[]> urls, List<Ref> models, List<Ref> benchmarks,
                Ref titleModel, List<Sentence> sentences) {
            this.catalogue = catalogue;
            this.body = body;
            this.f = f;
            this.urls = urls;
            this.models = models;
            this.benchmarks = new ArrayList<>(benchmarks);
            this.titleModel = titleModel;
            this.sentences = sentences;
        }

        void sentence(int index) {
            Sentence s = sentences.get(index);
            List<ProseNumbers.Num> numbers = ProseNumbers.find(f, s.start(), s.end());
            if (numbers.isEmpty()) {
                return;
            }
            List<Ref> sentenceModels = within(models, s.start(), s.end());
            // Names written where a score names its benchmark become benchmarks of this sentence.
            List<Ref> local = new ArrayList<>(within(benchmarks, s.start(), s.end()));
            int entry = entryStart(f, s.start(), s.end());
            if (s.lineListLike() || LABEL.matcher(f).region(entry, s.end()).lookingAt()) {
                benchmarkAt(entry, s, sentenceModels, local, true); // "FrontierCode Diamond: Mythos 5 30.9%"
            }
            chineseBenchmarks(s, sentenceModels, local);
            List<Ref> direct = new ArrayList<>();
            for (ProseNumbers.Num n : numbers) {
                direct.add(directBenchmark(n, s, sentenceModels, local));
            }
            local.sort(Comparator.comparingInt(Ref::start));
            Ref carried = !s.lineListLike() ? carriedBenchmark(index) : null;
            for (int k = 0; k < numbers.size(); k++) {
                ProseNumbers.Num n = numbers.get(k);
                if (inside(sentenceModels, n.start()) || inside(local, n.start()) || NameIndex.inside(urls, n.start())) {
                    continue;
                }
                Ref benchmark = direct.get(k);
                if (benchmark == OTHER) {
                    continue; // "Activity: 328", "RTX 3090": the number of something else
                }
                boolean attached = benchmark != null;
                if (benchmark == null) {
                    benchmark = local.stream().filter(b -> b.end() <= n.start())
                            .reduce((a, b) -> b.start() > a.start() || b.start() == a.start() && b.end() > a.end() ? b : a)
                            .orElse(carried); // the nearest, the longer of two starting together
                }
                if (benchmark == null) {
                    continue;
                }
                Ref model = model(index, n, sentenceModels, numbers, attached, benchmark);
                if (model == null || variantMayFollow(model) || !readsAsScore(benchmark, n, attached, s, ownNumber)) {
                    continue;
                }
                add(s, n, model, benchmark);
            }
        }

        /** The benchmark written with the number: after it ("on X", "X" next to it) or before it ("X: N", "X（N"). */
        private Ref directBenchmark(ProseNumbers.Num n, Sentence s, List<Ref> sentenceModels, List<Ref> local) {
            int after = n.end();
            Matcher outOf = OUT_OF.matcher(f).region(after, s.end());
            if (outOf.lookingAt()) {
                return benchmarkAt(outOf.end(), s, sentenceModels, local, true); // "49 out of 658 problems on PutnamBench"
            }
            Matcher on = ON_BENCHMARK.matcher(body).region(after, s.end());
            if (on.lookingAt()) {
                Ref r = benchmarkAt(on.end(), s, sentenceModels, local, true);
                if (r != null) {
                    return r;
                }
                if (onSomethingElse(on.end(), s.end())) {
                    return OTHER; // "96.1% on unseen LeetCode contests": on what it names, not on the benchmark before
                }
            } else {
                Matcher adjacent = ADJACENT.matcher(body).region(after, s.end());
                if (adjacent.lookingAt() && adjacent.end() > after && adjacent.end() < s.end()) {
                    // "61.2 SWE-bench Verified", "4.7% AA-WER"; not "1,000 RPM"
                    Ref r = benchmarkAt(adjacent.end(), s, sentenceModels, local, n.score().percent());
                    if (r != null) {
                        return r;
                    }
                    if (measuresNoun(adjacent.end(), s.end())) {
                        return OTHER; // "97% skill adherence": the share of something named, not a benchmark's score
                    }
                }
            }
            Matcher cue = BENCHMARK_CUE.matcher(f).region(Math.max(s.start(), n.start() - CUE_WINDOW), n.start());
            int end = cue.find() ? cue.start() : n.start();
            while (end > s.start() && (body.charAt(end - 1) == ' ' || MARKUP.indexOf(body.charAt(end - 1)) >= 0)) {
                end--; // "**Program Bench** (`77.8`)": the name ends before its markup
            }
            int nameEnd = end;
            Ref known = local.stream().filter(b -> b.end() == nameEnd).findFirst().orElse(null);
            if (known != null) {
                return known;
            }
            ModelNames.Span span = BenchmarkNames.backward(body, nameEnd);
            if (span != null && span.start() >= s.start() && !overlaps(sentenceModels, span.start(), span.end())) {
                Ref r = new Ref(span.start(), span.end(), null, body.substring(span.start(), span.end()));
                local.add(r);
                return r;
            }
            String cueText = f.substring(nameEnd, n.start()).strip();
            if ((cueText.isEmpty() || cueText.equals(":") || cueText.equals("=")) && namedWordBefore(nameEnd)
                    && !inside(sentenceModels, nameEnd - 1)) {
                return OTHER;
            }
            return null;
        }

        /** A lower-case word at {@code at}, after "on", names something other than a benchmark ("unseen contests"). */
        private boolean onSomethingElse(int at, int limit) {
            String word = plainWordAt(at, limit);
            return word != null && !ON_WHAT_WAS_SAID.contains(word);
        }

        /** A lower-case word at {@code at} names what the number before it measures ("skill adherence"). */
        private boolean measuresNoun(int at, int limit) {
            String word = plainWordAt(at, limit);
            return word != null && !SCORE_WORDS.contains(word);
        }

        /** The lower-case word of three letters or more at {@code at} (markup skipped), or null: "pass@1", "x2" are none. */
        private String plainWordAt(int at, int limit) {
            int from = at;
            while (from < limit && MARKUP.indexOf(body.charAt(from)) >= 0) {
                from++;
            }
            int end = from;
            while (end < limit && body.charAt(end) >= 'a' && body.charAt(end) <= 'z') {
                end++;
            }
            boolean plain = end - from >= 3
                    && (end >= limit || !Character.isLetterOrDigit(body.charAt(end)) && body.charAt(end) != '@');
            return plain ? body.substring(from, end) : null;
        }

        /** A capitalised word or an alphanumeric token ends at {@code end}: "Activity", "RTX". */
        private boolean namedWordBefore(int end) {
            int i = end;
            while (i > 0 && body.charAt(i - 1) < 128 && Character.isLetterOrDigit(body.charAt(i - 1))) {
                i--;
            }
            return i < end && Character.isLetter(body.charAt(i))
                    && (Character.isUpperCase(body.charAt(i)) || body.substring(i, end).chars().anyMatch(Character::isDigit));
        }

        /** A benchmark starting at {@code at}: a known one, or a benchmark-like name read there. */
        private Ref benchmarkAt(int at, Sentence s, List<Ref> sentenceModels, List<Ref> local, boolean weak) {
            int from = at;
            while (from < s.end() && MARKUP.indexOf(body.charAt(from)) >= 0) {
                from++;
            }
            Matcher lead = BenchmarkNames.LEAD.matcher(body).region(from, s.end());
            int start = lead.lookingAt() ? lead.end() : from;
            while (start < s.end() && MARKUP.indexOf(body.charAt(start)) >= 0) {
                start++;
            }
            int begin = start;
            Ref known = local.stream().filter(b -> b.start() == begin || b.start() == at).findFirst().orElse(null);
            if (known != null) {
                return known;
            }
            if (!weak) {
                return null;
            }
            ModelNames.Span span = BenchmarkNames.forward(body, begin);
            if (span == null || span.end() > s.end() || overlaps(sentenceModels, span.start(), span.end())) {
                return null;
            }
            Ref r = new Ref(span.start(), span.end(), null, body.substring(span.start(), span.end()));
            local.add(r);
            return r;
        }

        /** The single benchmark of the nearest earlier sentence of the line that names any, or null. */
        private Ref carriedBenchmark(int index) {
            Sentence s = sentences.get(index);
            if (OWN_BENCHMARK.matcher(f).region(s.start(), s.end()).find()) {
                return null; // the sentence's scores are on the benchmark it introduces, named or not
            }
            for (int j = index - 1; j >= Math.max(0, index - LOOK_BACK) && sentences.get(j).line() == s.line(); j--) {
                Sentence p = sentences.get(j);
                List<Ref> named = within(benchmarks, p.start(), p.end());
                if (!named.isEmpty()) {
                    return named.stream().map(ProseClaims::key).distinct().count() == 1 ? named.get(0) : null;
                }
            }
            return null;
        }

        private boolean readsAsScore(Ref benchmark, ProseNumbers.Num n, boolean attached, Sentence s, boolean modelWritten) {
            Score score = n.score();
            boolean cue = n.pointsAfter() || SCORE_CUE.matcher(ProseNumbers.clauseBefore(f, s.start(), n.start())).find();
            if (!score.percent() && score.decimals() == 0 && score.value() < 10 && !cue) {
                return false; // "Mind2Web 2", "Terminal-Bench 2": part of a name
            }
            if (!score.percent() && score.value() < 10 && score.decimals() <= 1 && !cue && benchmark.end() <= n.start()
                    && n.start() - benchmark.end() <= 1 && f.substring(benchmark.end(), n.start()).isBlank()) {
                return false; // "Terminal-Bench 2.1": a version written right after the name
            }
            cue = cue || modelWritten;
            if (benchmark.id() != null) {
                BenchmarkState state = catalogue.benchmark(benchmark.id()).orElse(null);
                if (state != null && "PERCENT".equals(state.unit())) {
                    if (!score.percent() && !attached) {
                        return false;
                    }
                } else if (state != null && state.unit() != null) {
                    if (score.percent() || !attached && !cue) {
                        return false;
                    }
                }
                return ClaimExtractor.plausible(catalogue, benchmark.id(), score);
            }
            // A name the catalogue does not know reads as a benchmark only with a score's shape: a percentage, or a
            // number its name or a score word introduces; not a status code ("HTTP 403") or a bare fraction ("0.288").
            if (!score.percent() && (!cue && !attached || score.value() < 1 || !cue && score.value() > 100)) {
                return false;
            }
            return !score.percent() || score.value() <= 100;
        }

        /** The model the number is stated for, or null. */
        private Ref model(int index, ProseNumbers.Num n, List<Ref> sentenceModels, List<ProseNumbers.Num> numbers,
                boolean attached, Ref benchmark) {
            Sentence s = sentences.get(index);
            ownNumber = false;
            Ref before = null;
            for (Ref m : sentenceModels) {
                if (m.end() <= n.start()) {
                    before = m;
                } else if (m.start() >= n.end() && MODEL_AFTER.matcher(body.substring(n.end(), m.start())).matches()) {
                    ownNumber = true;
                    return m;
                }
            }
            if (before != null && tight(before, n, numbers)) {
                ownNumber = true;
                return before;
            }
            if (OWNER_AFTER.matcher(body.substring(n.end(), Math.min(s.end(), n.end() + 40))).find()) {
                return null; // "52% for larger conventional embedding models": someone else's number
            }
            if (comparedNumber(s, n)) {
                return null;
            }
            int clause = clauseStart(s, n.start());
            if (clause > s.start() && benchmark.start() >= clause && benchmark.end() <= n.start()
                    && within(models, clause, n.start()).isEmpty() && pronoun(clause, n.start()) < 0) {
                return null; // "…; CADBench finds top models at only 24.6%": a clause with a subject of its own
            }
            int pronoun = pronoun(s.start(), n.start());
            Ref subject = subject(s, n.start());
            if (subject != null && (pronoun < 0 || subject.start() < pronoun)) {
                return subject == AMBIGUOUS ? null : subject;
            }
            boolean labelled = attached && benchmark.end() <= n.start() && sentenceModels.isEmpty();
            boolean reported = REPORTED.matcher(f).region(clauseStart(s, n.start()), n.start()).find();
            if (pronoun >= 0 || s.lineListLike() || labelled || reported) {
                return antecedent(index);
            }
            return null;
        }

        /** Where the clause holding {@code offset} starts: after the sentence's last semicolon before it. */
        private int clauseStart(Sentence s, int offset) {
            for (int i = offset - 1; i > s.start(); i--) {
                char c = f.charAt(i);
                if (c == ';' || c == '；') {
                    return i + 1;
                }
            }
            return s.start();
        }

        /**
         * True when a capitalised word the name did not take follows it ("GPT-5.6 Sol", "Grok 4 Fast"): it may be
         * a variant the scanner does not know, so a score written there is not credited to the shorter name.
         */
        private boolean variantMayFollow(Ref model) {
            if (model == titleModel) {
                return false;
            }
            Matcher w = FOLLOWING_WORD.matcher(body).region(model.end(), Math.min(body.length(), model.end() + 24));
            String word = !w.lookingAt() ? "" : (w.group(1) != null ? w.group(1) : w.group(2)).toLowerCase(java.util.Locale.ROOT);
            boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us"); // "Benchmarks", "Tops"
            return !word.isEmpty() && !plural && !FUNCTION_WORDS.contains(word)
                    && !inside(benchmarks, w.end() - 1) && !inside(models, w.end() - 1);
        }

        /** "vs 52%", "beating a baseline at 71.9%": the number is the other side of a comparison. */
        private boolean comparedNumber(Sentence s, ProseNumbers.Num n) {
            int from = n.start();
            while (from > s.start() && ",;，；。—".indexOf(f.charAt(from - 1)) < 0) {
                from--;
            }
            Matcher c = COMPARISON.matcher(f).region(from, n.start());
            int last = -1;
            while (c.find()) {
                last = c.end();
            }
            return last >= 0 && within(models, last, n.start()).isEmpty();
        }

        /** True when nothing but a few words without a comma, comparison, other model or number lies between. */
        private boolean tight(Ref model, ProseNumbers.Num n, List<ProseNumbers.Num> numbers) {
            String between = body.substring(model.end(), n.start());
            if (between.length() > 48 || between.matches("(?s).*[,;，；。].*")
                    || COMPARISON.matcher(f.substring(model.end(), n.start())).find()) {
                return false;
            }
            if (compared(model) && !OWN_NUMBER.matcher(f.substring(model.end(), n.start())).matches()) {
                return false; // "相比 GLM-4.6 取得了 42.8%": the subject's number, not the compared model's
            }
            return numbers.stream().noneMatch(o -> o.start() >= model.end() && o.start() < n.start());
        }

        private int firstOfLine(int index) {
            int i = index;
            while (i > 0 && sentences.get(i - 1).line() == sentences.get(index).line()) {
                i--;
            }
            return i;
        }

        /** The clause of the sentence before {@code offset} (back to a comma or semicolon), folded. */
        private String clause(int from, int offset) {
            int start = offset;
            while (start > from && ",;，；。—".indexOf(f.charAt(start - 1)) < 0) {
                start--;
            }
            return f.substring(start, offset);
        }

        private int pronoun(int from, int to) {
            Matcher m = PRONOUN.matcher(f).region(from, to);
            return m.find() ? m.start() : -1;
        }

        /** True when the model is the other side of a comparison: "behind GLM-5", "与 GLM-4.6 相比". */
        private boolean compared(Ref m) {
            Sentence s = sentenceOf(m.start());
            int from = s == null ? Math.max(0, m.start() - 40) : s.start();
            int to = s == null ? Math.min(f.length(), m.end() + 6) : s.end();
            return COMPARISON.matcher(clause(from, m.start())).find()
                    || COMPARED_AFTER.matcher(f.substring(m.end(), Math.min(to, m.end() + 6))).find();
        }

        private Sentence sentenceOf(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Sentence s = sentences.get(mid);
                if (offset < s.start()) {
                    hi = mid - 1;
                } else if (offset >= s.end()) {
                    lo = mid + 1;
                } else {
                    return s;
                }
            }
            return null;
        }

        /** Names written as "在 X 测试中"/"在 X 上" become benchmarks of the sentence. */
        private void chineseBenchmarks(Sentence s, List<Ref> sentenceModels, List<Ref> local) {
            Matcher zai = ZAI.matcher(f).region(s.start(), s.end());
            while (zai.find()) {
                int at = zai.end();
                if (at >= s.end() || f.charAt(at) >= 128 || !Character.isLetterOrDigit(f.charAt(at))) {
                    continue;
                }
                ModelNames.Span span = BenchmarkNames.forward(body, at);
                if (span == null || span.end() > s.end() || overlaps(sentenceModels, span.start(), span.end())
                        || overlaps(local, span.start(), span.end())) {
                    continue;
                }
                if (ZAI_AFTER.matcher(f.substring(span.end(), Math.min(s.end(), span.end() + 30))).find()) {
                    local.add(new Ref(span.start(), span.end(), null, body.substring(span.start(), span.end())));
                }
            }
        }

        /** The sentence's first model outside a comparison, before {@code limit}; AMBIGUOUS for "A and B …". */
        private Ref subject(Sentence s, int limit) {
            List<Ref> named = within(models, s.start(), limit);
            for (int i = 0; i < named.size(); i++) {
                Ref m = named.get(i);
                if (compared(m)) {
                    continue;
                }
                int next = i + 1;
                if (next < named.size() && !key(named.get(next)).equals(key(m))
                        && COORDINATED.matcher(body.substring(m.end(), named.get(next).start())).matches()) {
                    return AMBIGUOUS;
                }
                return m;
            }
            return null;
        }

        /**
         * The subject of the nearest earlier sentence naming a model, in the block: within the line, or across
         * lines into a list introduced by a colon or made of score entries; the title's model when the block names
         * none before.
         */
        private Ref antecedent(int index) {
            Sentence s = sentences.get(index);
            boolean mayCross = true;
            int depth = s.indent();
            int later = index;
            for (int j = index - 1; j >= Math.max(0, index - LOOK_BACK) && sentences.get(j).block() == s.block(); j--) {
                Sentence p = sentences.get(j);
                if (p.line() != sentences.get(later).line()) {
                    if (p.indent() > depth) {
                        continue; // a sub-item of an earlier item speaks of that item, not of this one
                    }
                    Sentence left = sentences.get(firstOfLine(later));
                    mayCross = mayCross && (left.lineListLike() || left.lineAfterColon() || left.lineEndsColon());
                    if (p.indent() < depth) {
                        depth = p.indent(); // the item this one belongs to
                    }
                }
                later = j;
                if (!within(models, p.start(), p.end()).isEmpty()) {
                    if (!mayCross) {
                        return null;
                    }
                    Ref subject = subject(p, p.end());
                    if (subject == null && p.lineListLike() && s.lineListLike()) {
                        continue; // an entry naming only compared models ("SWE-bench: 87.3%, ahead of GPT-5.5") has the same subject
                    }
                    // A short name ("K3’s tokenizer") is read in its own sentence only: a replica or a part of the
                    // model is written that way too, so "it" further on is not taken to be the model.
                    return subject == AMBIGUOUS || subject != null && shortName(subject) ? null : subject;
                }
            }
            return titleModel;
        }

        private void add(Sentence s, ProseNumbers.Num n, Ref model, Ref benchmark) {
            // A benchmark named in the sentence before is quoted with it.
            Sentence first = benchmark.start() < s.start() ? sentenceOf(benchmark.start()) : s;
            String raw = body.substring(first.start(), s.end());
            int quoteStart = first.start() + (raw.length() - raw.stripLeading().length());
            int quoteEnd = s.end() - (raw.length() - raw.stripTrailing().length());
            String conditions = Conditions.merge(Conditions.detect(conditionClause(s.start(), s.end(), n.start())),
                    benchmark.start() >= s.start() && benchmark.end() <= s.end()
                            ? Conditions.detect(conditionClause(s.start(), s.end(), benchmark.start())) : "");
            String modelName = model.surface();
            String benchmarkId = benchmark.id();
            Score score = n.score();
            claims.add(new ExtractedClaim("p" + n.start(), ExtractedClaim.Origin.PROSE, model.id(), modelName, benchmarkId,
                    benchmark.surface(), score.value(), score.decimals(), ClaimExtractor.unit(catalogue, benchmarkId, score),
                    conditions, body.substring(quoteStart, quoteEnd), quoteStart, quoteEnd, null, null, null));
        }

        /** The clause of [from, to) around {@code offset}: conditions stated there apply to its numbers. */
        private String conditionClause(int from, int to, int offset) {
            int start = offset;
            while (start > from && !CONDITION_CLAUSE_BREAK.matcher(String.valueOf(body.charAt(start - 1))).matches()) {
                start--;
            }
            int end = offset;
            while (end < to && !CONDITION_CLAUSE_BREAK.matcher(String.valueOf(body.charAt(end))).matches()) {
                end++;
            }
            return body.substring(start, end);
        }
    }

    /** How many sentences back a reference or a benchmark is looked for. */
    private static final int LOOK_BACK = 40;
    /** How far before a number the words tying it to a benchmark are looked for. */
    private static final int CUE_WINDOW = 32;
    private static final Ref AMBIGUOUS = new Ref(-1, -1, null, "");
    /** A number written with a name that is not a benchmark. */
    private static final Ref OTHER = new Ref(-1, -1, null, "");

    /** A short name standing for a model named in full elsewhere ("K3" for "Kimi K3"). */
    private static boolean shortName(Ref r) {
        return r.end() - r.start() != r.surface().length();
    }

    private static boolean inside(List<Ref> refs, int offset) {
        return refs.stream().anyMatch(r -> offset >= r.start() && offset < r.end());
    }

    /** The refs inside [from, to); {@code refs} sorted by start. */
    private static List<Ref> within(List<Ref> refs, int from, int to) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Ref> out = new ArrayList<>();
        for (int i = lo; i < refs.size() && refs.get(i).start() < to; i++) {
            if (refs.get(i).end() <= to) {
                out.add(refs.get(i));
            }
        }
        return out;
    }
}
