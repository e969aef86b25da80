package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.FoldedText;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.insights.matching.NameIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores stated in prose. A number is a claim only when its sentence names a benchmark and the number reads
 * as a score on it: a percentage for percentage benchmarks (a bare number within range otherwise), not a
 * share of wins, a price, a change, a count or a date. The model is the one named nearest before the number
 * in the sentence (or right after it: "76.2% for Gemini 3 Pro"), else the paragraph's main model (a pronoun
 * such as "它" refers to it), else the article's. Nothing is invented: no number, no claim.
 */
final class ProseClaims {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d+)?)(\\s*[%％])?");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]|\\.(?=\\s)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,、：:（）()]");
    private static final Pattern CONDITION_CLAUSE_BREAK = Pattern.compile("[，,、]");
    private static final List<String> NOT_A_SCORE_BEFORE = List.of("赢得", "获胜", "胜出", "胜率", "占比", "占", "won",
            "win", "share", "$", "¥", "￥", "usd", "美元", "提升", "提高", "增长", "增加", "下降", "降低", "领先",
            "高出", "超出", "多出", "落后", "up", "increase", "improve", "gain", "+", "by", "增速", "毛利");
    private static final List<String> NOT_A_SCORE_AFTER = List.of("项目", "项", "个基准", "个测试", "of the", "of benchmarks",
            "of tasks", "of tests", "份额", "share", "美元", "元", "亿", "万", "参数", "parameter", "billion", "million",
            "年", "月", "日", "号", "增长", "增速", "的提升", "的增幅", "的用户", "/m", "per", "tokens", "个百分点",
            "percentage point", "points", "的胜率");
    private static final Pattern FOLLOWED_BY_MODEL = Pattern.compile("^\\s*[（(]?\\s*(for|of|by|from|on)?\\s*$");

    private ProseClaims() {
    }

    static List<ExtractedClaim> extract(Catalogue catalogue, String title, String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(body);
        List<NameHit> modelHits = modelHits(catalogue, folded);
        List<NameHit> benchmarkHits = catalogue.benchmarkIndex().find(folded).stream()
                .filter(h -> Catalogue.idOf(h, EntityKind.BENCHMARK).isPresent()).toList();
        List<NameHit> allNames = new ArrayList<>(catalogue.mentionIndex().find(folded));
        allNames.addAll(benchmarkHits);
        List<NameHit> titleModels = title == null ? List.of() : modelHits(catalogue, FoldedText.of(title));
        String articleModel = mainModel(modelHits, titleModels, 0, body.length());

        List<ExtractedClaim> claims = new ArrayList<>();
        String text = folded.folded();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            paragraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
            String paragraphModel = mainModel(modelHits, List.of(), paragraphStart, paragraphEnd);
            String fallback = paragraphModel != null ? paragraphModel : articleModel;
            int sentenceStart = paragraphStart;
            Matcher end = SENTENCE_END.matcher(body).region(paragraphStart, paragraphEnd);
            while (sentenceStart < paragraphEnd) {
                int sentenceEnd = end.find() ? end.end() : paragraphEnd;
                sentence(catalogue, body, text, sentenceStart, sentenceEnd, modelHits, benchmarkHits, allNames,
                        fallback, claims);
                sentenceStart = sentenceEnd;
            }
            paragraphStart = paragraphEnd + 2;
        }
        return claims;
    }

    private static void sentence(Catalogue catalogue, String body, String text, int from, int to, List<NameHit> models,
            List<NameHit> benchmarks, List<NameHit> names, String fallbackModel, List<ExtractedClaim> out) {
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
            if (insideName(names, start) || attachedToWord(body, start) || NameIndex.inUrl(body, start)) {
                continue;
            }
            NameHit benchmark = nearest(sentenceBenchmarks, start, end);
            String benchmarkId = Catalogue.idOf(benchmark, EntityKind.BENCHMARK).orElseThrow();
            BenchmarkState state = catalogue.benchmark(benchmarkId).orElseThrow();
            Score score = Score.of(number.group(1), number.group(2) != null);
            if (!readsAsScore(state, score) || !ClaimExtractor.plausible(catalogue, benchmarkId, score)
                    || excluded(text, from, to, start, end)) {
                continue;
            }
            NameHit model = modelFor(body, sentenceModels, start, end);
            String modelId = model != null ? Catalogue.idOf(model, EntityKind.MODEL).orElseThrow() : fallbackModel;
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

    private static boolean readsAsScore(BenchmarkState benchmark, Score score) {
        if ("PERCENT".equals(benchmark.unit())) {
            return score.percent();
        }
        if (score.percent()) {
            return false;
        }
        return benchmark.minValue() != null && benchmark.maxValue() != null
                || "ELO".equals(benchmark.unit()) && score.value() >= 500 && score.value() <= 3000;
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

    private static List<NameHit> modelHits(Catalogue catalogue, FoldedText text) {
        return catalogue.mentionIndex().find(text).stream()
                .filter(h -> Catalogue.idOf(h, EntityKind.MODEL).isPresent()).toList();
    }

    /** The model named most often in [from, to) (title names count too); the first named wins a tie. */
    private static String mainModel(List<NameHit> body, List<NameHit> title, int from, int to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        title.forEach(h -> counts.merge(Catalogue.idOf(h, EntityKind.MODEL).orElseThrow(), 1, Integer::sum));
        within(body, from, to).forEach(h -> counts.merge(Catalogue.idOf(h, EntityKind.MODEL).orElseThrow(), 1, Integer::sum));
        // max keeps the first of equal elements: the first named model wins a tie
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
