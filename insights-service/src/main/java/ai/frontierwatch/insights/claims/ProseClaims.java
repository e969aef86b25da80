package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.FoldedText;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.insights.matching.NameIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores stated in prose. A number is a claim only when its sentence names a benchmark and the number reads
 * as a score on it: a percentage for percentage benchmarks (a bare number within range otherwise), not a
 * share of wins, a price, a change, a count or a date. The model is the one named nearest before the number
 * in the sentence (or right after it: "76.2% for Gemini 3 Pro"); a sentence naming none must refer back ("它",
 * "it", "the model") to the one model of its paragraph, or of the title when the paragraph names none. A number
 * that belongs to a name the catalogue does not know ("TAU2 (58.4%)", "61% for Gemma 4") is skipped. Nothing is
 * invented: no number, no claim; no unambiguous model, no claim.
 */
final class ProseClaims {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d+)?)(?![\\d.,])(\\s*[%％])?");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]|\\.(?=\\s)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,、：:（）()]");
    private static final Pattern CONDITION_CLAUSE_BREAK = Pattern.compile("[，,、]");
    private static final List<String> NOT_A_SCORE_BEFORE = List.of("赢得", "获胜", "胜出", "胜率", "占比", "占", "won",
            "win", "share", "$", "¥", "￥", "usd", "美元", "提升", "提高", "增长", "增加", "下降", "降低", "领先",
            "高出", "超出", "多出", "落后", "up", "increase", "improve", "gain", "+", "by", "增速", "毛利", "from", "to",
            "从");
    private static final List<String> NOT_A_SCORE_AFTER = List.of("项目", "项", "个基准", "个测试", "of the", "of benchmarks",
            "of tasks", "of tests", "份额", "share", "美元", "元", "亿", "万", "参数", "parameter", "billion", "million",
            "年", "月", "日", "号", "增长", "增速", "的提升", "的增幅", "的用户", "/m", "per", "tokens", "个百分点",
            "percentage point", "points", "的胜率", "messages", "price", "cut", "off", "discount", "cheaper", "faster",
            "slower", "fewer", "more", "less", "lower", "higher", "reduction", "weighted", "降价", "折", "更", "的成本");
    private static final Pattern FOLLOWED_BY_MODEL = Pattern.compile("^\\s*[（(]?\\s*(for|of|by|from|on)?\\s*$");
    /** "61% for Gemma 4", "58.4% on TAU2": the number belongs to the name that follows. */
    private static final Pattern FOLLOWED_BY_NAME = Pattern.compile("^[`*]*\\s*(for|by|from|on|in|at)\\s+\\S");
    /** "TAU2 (58.4%)": the number belongs to the name right before it. */
    private static final Pattern PRECEDED_BY_NAME = Pattern.compile(
            "[A-Za-z][A-Za-z0-9.\\-]*[A-Z0-9][A-Za-z0-9.\\-]*\\s*[(:：（]\\s*[`*]*$");
    /** A reference to a model named elsewhere: the number is about the paragraph's (or article's) model. */
    private static final Pattern PRONOUN = Pattern.compile(
            "它|其|该模型|此模型|这个模型|這個模型|該模型|新模型|\\b(it|its|it's|the model|this model|the new model)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Non-percentage scores need a marker: "1432 Elo", "得分 1501". */
    private static final Pattern SCORE_MARKER_AFTER = Pattern.compile("^\\s*(elo|分|points?|pts)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCORE_MARKER_BEFORE = Pattern.compile("(elo|score|rating|得分|分数|评分|積分|积分)[^\\d]{0,6}$",
            Pattern.CASE_INSENSITIVE);

    private ProseClaims() {
    }

    static List<ExtractedClaim> extract(Catalogue catalogue, ArticleText article) {
        String body = article.body();
        if (body == null || body.isBlank()) {
            return List.of();
        }
        FoldedText folded = article.foldedBody();
        List<NameHit> benchmarkHits = catalogue.benchmarkIndex().find(folded).stream()
                .filter(h -> Catalogue.idOf(h, EntityKind.BENCHMARK).isPresent()).toList();
        List<NameHit> mentionHits = article.bodyNames();
        List<NameHit> allNames = new ArrayList<>(mentionHits);
        List<int[]> urls = NameIndex.urlSpans(body);
        List<NameHit> modelHits = mentionHits.stream().filter(h -> Catalogue.idOf(h, EntityKind.MODEL).isPresent()).toList();
        allNames.addAll(benchmarkHits);
        List<NameHit> titleModels = article.titleNames().stream()
                .filter(h -> Catalogue.idOf(h, EntityKind.MODEL).isPresent()).toList();
        // The article's model is the one its title names: a long digest naming one known model among many unknown
        // ones is not about that model.
        List<String> articleModels = distinctModels(List.of(), titleModels, 0, 0);
        String articleModel = articleModels.size() == 1 ? articleModels.get(0) : null;

        List<ExtractedClaim> claims = new ArrayList<>();
        String text = folded.folded();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            paragraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
            List<String> paragraphModels = distinctModels(modelHits, List.of(), paragraphStart, paragraphEnd);
            // A pronoun refers to the paragraph's model, or, in a paragraph naming none, the article's; only when
            // there is exactly one candidate (several make the reference ambiguous: no claim rather than a guess).
            String fallback = paragraphModels.size() == 1 ? paragraphModels.get(0)
                    : paragraphModels.isEmpty() ? articleModel : null;
            int sentenceStart = paragraphStart;
            Matcher end = SENTENCE_END.matcher(body).region(paragraphStart, paragraphEnd);
            while (sentenceStart < paragraphEnd) {
                int sentenceEnd = end.find() ? end.end() : paragraphEnd;
                sentence(catalogue, body, text, sentenceStart, sentenceEnd, modelHits, benchmarkHits, allNames,
                        urls, fallback, claims);
                sentenceStart = sentenceEnd;
            }
            paragraphStart = paragraphEnd + 2;
        }
        return claims;
    }

    private static void sentence(Catalogue catalogue, String body, String text, int from, int to, List<NameHit> models,
            List<NameHit> benchmarks, List<NameHit> names, List<int[]> urls, String fallbackModel,
            List<ExtractedClaim> out) {
        String raw = body.substring(from, to);
        if (raw.strip().startsWith("|")) {
            return; // a Markdown table row left in the text: tables are read as tables
        }
        List<NameHit> sentenceBenchmarks = within(benchmarks, from, to);
        if (sentenceBenchmarks.isEmpty()) {
            return;
        }
        List<NameHit> sentenceModels = within(models, from, to);
        Matcher number = NUMBER.matcher(body).region(from, to);
        while (number.find()) {
            int start = number.start(1);
            int end = number.end();
            if (insideName(names, start) || attachedToWord(body, start) || NameIndex.inside(urls, start)) {
                continue;
            }
            String after = body.substring(end, Math.min(to, end + 24));
            String before = body.substring(Math.max(from, start - 24), start);
            if (PRECEDED_BY_NAME.matcher(before).find() && !endsWithName(names, start, body)) {
                continue;
            }
            NameHit benchmark = nearest(sentenceBenchmarks, start, end);
            if (FOLLOWED_BY_NAME.matcher(after).find()) {
                // "87.5% on GPQA-Diamond" names its benchmark; "83.9% on LiveCodeBench" names one we do not know.
                NameHit next = sentenceBenchmarks.stream().filter(b -> b.start() >= end && b.start() - end <= 8)
                        .findFirst().orElse(null);
                boolean namesModel = models.stream().anyMatch(m -> m.start() >= end && m.start() - end <= 8);
                if (next == null && !namesModel) {
                    continue;
                }
                if (next != null) {
                    benchmark = next;
                }
            }
            String benchmarkId = Catalogue.idOf(benchmark, EntityKind.BENCHMARK).orElseThrow();
            BenchmarkState state = catalogue.benchmark(benchmarkId).orElseThrow();
            Score score = Score.of(number.group(1), number.group(2) != null);
            if (!readsAsScore(state, score, before, after) || !ClaimExtractor.plausible(catalogue, benchmarkId, score)
                    || excluded(text, from, to, start, end)) {
                continue;
            }
            NameHit model = modelFor(body, sentenceModels, start, end);
            String modelId = model != null ? Catalogue.idOf(model, EntityKind.MODEL).orElseThrow()
                    : PRONOUN.matcher(raw).find() ? fallbackModel : null;
            if (modelId == null) {
                continue;
            }
            String modelName = model != null ? model.surface()
                    : catalogue.model(modelId).map(m -> m.name()).orElse(modelId);
            String conditions = Conditions.merge(Conditions.detect(clause(body, from, to, start)),
                    Conditions.detect(clause(body, from, to, benchmark.start())));
            int quoteStart = from + (raw.length() - raw.stripLeading().length());
            int quoteEnd = to - (raw.length() - raw.stripTrailing().length());
            out.add(new ExtractedClaim("p" + start, ExtractedClaim.Origin.PROSE, modelId, modelName, benchmarkId,
                    benchmark.surface(), score.value(), score.decimals(), ClaimExtractor.unit(catalogue, benchmarkId, score),
                    conditions, body.substring(quoteStart, quoteEnd), quoteStart, quoteEnd, null, null, null));
        }
    }

    /** The clause of [from, to) around {@code offset}: conditions stated there apply to its numbers. */
    private static String clause(String body, int from, int to, int offset) {
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

    private static boolean readsAsScore(BenchmarkState benchmark, Score score, String before, String after) {
        if ("PERCENT".equals(benchmark.unit())) {
            return score.percent();
        }
        if (score.percent()) {
            return false;
        }
        return SCORE_MARKER_AFTER.matcher(after).find() || SCORE_MARKER_BEFORE.matcher(before).find();
    }

    /** True when a catalogue name ends right before the "(" or ":" preceding {@code start}. */
    private static boolean endsWithName(List<NameHit> names, int start, String body) {
        int i = start;
        while (i > 0 && " (:：（`*".indexOf(body.charAt(i - 1)) >= 0) {
            i--;
        }
        int end = i;
        return names.stream().anyMatch(n -> n.end() == end);
    }

    /** Words around the number (same clause) that make it a share, price, change, count or date. */
    private static boolean excluded(String text, int from, int to, int start, int end) {
        String before = text.substring(Math.max(from, start - 8), start);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (breaks.find()) {
            cut = breaks.end();
        }
        before = before.substring(cut).strip();
        String after = text.substring(end, Math.min(to, end + 10)).strip();
        for (String word : NOT_A_SCORE_BEFORE) {
            boolean latin = word.chars().allMatch(c -> c < 128);
            if (before.endsWith(word) || !latin && before.contains(word)) {
                return true;
            }
        }
        for (String word : NOT_A_SCORE_AFTER) {
            if (after.startsWith(word) || after.startsWith("以上的" + word) || after.startsWith("以上" + word)
                    || after.startsWith("的" + word)) {
                return true;
            }
        }
        return false;
    }

    private static NameHit modelFor(String body, List<NameHit> models, int start, int end) {
        NameHit before = null;
        for (NameHit m : models) {
            if (m.end() <= start) {
                before = m;
            } else if (m.start() >= end && FOLLOWED_BY_MODEL.matcher(body.substring(end, m.start())).matches()
                    && m.start() - end <= 8) {
                return m;
            }
        }
        return before;
    }

    private static NameHit nearest(List<NameHit> benchmarks, int start, int end) {
        NameHit before = null;
        for (NameHit b : benchmarks) {
            if (b.end() <= start) {
                before = b;
            }
        }
        if (before != null) {
            return before;
        }
        return benchmarks.stream().min(Comparator.comparingInt(b -> Math.abs(b.start() - end))).orElseThrow();
    }

    private static boolean insideName(List<NameHit> names, int offset) {
        return names.stream().anyMatch(n -> offset >= n.start() && offset < n.end());
    }

    /** "AIME2024", "v3", "4o": digits glued to letters are part of a name, not a score. */
    private static boolean attachedToWord(String body, int start) {
        if (start == 0) {
            return false;
        }
        char before = body.charAt(start - 1);
        return before < 128 && Character.isLetter(before) || before == '-' || before == '@';
    }

    private static List<NameHit> within(List<NameHit> hits, int from, int to) {
        return hits.stream().filter(h -> h.start() >= from && h.end() <= to).toList();
    }


    /** The models named in [from, to) (and the title), in order of first mention. */
    private static List<String> distinctModels(List<NameHit> body, List<NameHit> title, int from, int to) {
        return java.util.stream.Stream.concat(title.stream(), within(body, from, to).stream())
                .map(h -> Catalogue.idOf(h, EntityKind.MODEL).orElseThrow()).distinct().toList();
    }
}
