package ai.frontierwatch.insights.claims;

import ai.frontierwatch.text.Conditions;
import ai.frontierwatch.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of table headers and labels: cell text without markup, what a header says a column holds (a role,
 * or a quantity that is no benchmark score), and a benchmark label split into the name and the qualifiers that
 * are conditions ("CMMLU(0-shot)" is CMMLU under 0-shot).
 */
final class TableText {

    /** Longer header or label cells are prose: not read as names. */
    static final int MAX_LABEL = 160;

    private static final Pattern SUP = Pattern.compile("<sup>[^<]{0,20}</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,300}]\\([^)]{0,500}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,300})]\\([^)]{0,500}\\)");
    private static final Pattern TAG = Pattern.compile("<[^<>]{1,300}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([*_|\\\\\\-#`~^\\[\\]()])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What a column holds, as its header says. */
    enum Role {
        LABEL, CATEGORY, SHOTS, METRIC, SETTING, MODEL, NOT_A_SCORE, NONE
    }

    private static final Pattern LABEL = Pattern.compile("^(benchmarks?|datasets?|tasks?|evals?|evaluations?|test ?sets?"
            + "|subtasks?)(?![a-z]).*|^(测试集|评测集|评测基准|评测项目|基准|数据集|任务|测评集).*");
    private static final Pattern CATEGORY = Pattern.compile(
            "^(category|categories|type|domain|capability|ability|area|类别|类型|分类|能力|领域|维度)$");
    private static final Pattern SHOTS = Pattern.compile("^(#|n|num|number of)?\\s*[-_]?shots?$|^few[- ]shot$|^样本数$|^示例数$");
    private static final Pattern METRIC = Pattern.compile("^(metrics?|measure|指标|评价指标|评估指标|度量)$");
    private static final Pattern SETTING = Pattern.compile(
            "^(settings?|mode|framework|agent framework|scaffold|scaffolding|agent|harness|设置|模式|推理模式|框架)$");
    private static final Pattern MODEL = Pattern.compile("^(models?|model names?|checkpoints?|模型|模型名称|名称)$");
    /** Quantities of a model or a run that are not benchmark scores: sizes, lengths, costs, speeds, dates, links. */
    private static final Pattern NOT_A_SCORE = Pattern.compile("(?<![a-z])(#?\\s?params?|parameters?|model size|size"
            + "|activated|context( length| window| len)?|max(imum)? (length|tokens)|seq(uence)? len(gth)?"
            + "|input[_ ]length|output[_ ]length|tokens?|token count|layers?|hidden( size)?|heads?|vocab(ulary)?( size)?"
            + "|experts?|gpu ?hours?|gpus?|training time|power|consumption|energy|emissions?|co2(eq)?|download|links?"
            + "|license|price|pricing|cost|speed|throughput|latency|tokens/s|batch|release( date)?|date|knowledge cutoff"
            + "|cutoff|modalit(y|ies)|training data|precision|quantization|dtype|memory|vram|weights|transformers"
            + "|modelscope|huggingface|hf)(?![a-z])"
            + "|参数|上下文|长度|层数|下载|链接|许可|协议|价格|定价|费用|速度|吞吐|延迟|显存|发布|日期|时间|权重");

    private static final Pattern QUALIFIER = Pattern.compile("[(（]([^()（）]{1,80})[)）]");
    private static final Pattern RANGE = Pattern.compile("^[\\d\\s/.\\-–~]+$");
    private static final Pattern METRIC_WORDS = Pattern.compile("(?<![a-z])(acc|accuracy|em|f1|score|avg|average|mean"
            + "|win ?rate|winrate|lc|strict|loose|raw|test|val|dev|overall|norm|exact|rouge|bleu|chrf|elo|rating"
            + "|percentile|[a-z]+@\\d+|%|\\d+k)(?![a-z])|准确率|得分|分数|平均");
    private static final Pattern PAIR = Pattern.compile("^(.*\\S)\\s+([^\\s/()]*[a-z][^\\s/()]*)\\s*/\\s*([^\\s/()]*[a-z][^\\s/()]*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*＊†‡§¶^]+$");

    /** Headers that name a metric or an aggregate but no benchmark: "总体准确率", "Overall", "Avg. score". */
    private static final Pattern ONLY_A_METRIC = Pattern.compile("^(overall|total|average|avg\\.?|mean|score|accuracy|acc"
            + "|win ?rate)( (score|accuracy|acc))?$|^(总体|总|整体|综合|平均)?(准确率|得分|分数|分|成绩)$");

    private TableText() {
    }

    /** Cell text without Markdown or HTML markup, escapes resolved, white space collapsed. */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw.length() > 2000 ? raw.substring(0, 2000) : raw;
        s = SUP.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("**", "").replace("__", "").replace("~~", "").replace("`", "");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static Role role(String header) {
        String h = TextFolding.fold(header);
        if (h.isEmpty()) {
            return Role.NONE;
        }
        if (SHOTS.matcher(h).matches()) {
            return Role.SHOTS;
        }
        if (METRIC.matcher(h).matches()) {
            return Role.METRIC;
        }
        if (SETTING.matcher(h).matches()) {
            return Role.SETTING;
        }
        if (CATEGORY.matcher(h).matches()) {
            return Role.CATEGORY;
        }
        if (MODEL.matcher(h).matches()) {
            return Role.MODEL;
        }
        if (LABEL.matcher(h).matches()) {
            return Role.LABEL;
        }
        return notAScore(h) ? Role.NOT_A_SCORE : Role.NONE;
    }

    /** Whether a header or label names a quantity that is not a benchmark score (parameters, context length...). */
    static boolean notAScore(String label) {
        return NOT_A_SCORE.matcher(label.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a header names only a metric or an aggregate, not which benchmark it measures. */
    static boolean onlyAMetric(String header) {
        return ONLY_A_METRIC.matcher(TextFolding.fold(header)).matches();
    }

    /** The condition token a shots column's cell states ("5" is 5-shot), or "" for none. */
    static String shots(String cell) {
        String c = clean(cell);
        return c.matches("\\d{1,3}") ? c + "-shot" : Conditions.qualifier(c);
    }

    /**
     * A benchmark label read as a name and conditions: qualifiers in parentheses that state conditions (shots,
     * pass@k, a metric, a date range) go to the conditions, other parentheses stay in the name ("MTOB (half
     * book)"); a trailing "a/b" pair names the two numbers a cell of the row holds.
     */
    record Label(String name, String conditions, List<String> pair) {
    }

    static Label label(String text) {
        String s = TRAILING_MARKS.matcher(clean(text)).replaceAll("");
        List<String> pair = List.of();
        Matcher p = PAIR.matcher(s);
        if (p.matches() && !p.group(2).equalsIgnoreCase(p.group(3))) {
            pair = List.of(p.group(2), p.group(3));
            s = p.group(1);
        }
        List<String> conditions = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        Matcher q = QUALIFIER.matcher(s);
        int last = 0;
        while (q.find()) {
            String inner = q.group(1).strip();
            if (isQualifier(inner)) {
                name.append(s, last, q.start());
                conditions.add(Conditions.qualifier(inner));
                last = q.end();
            }
        }
        name.append(s.substring(last));
        String n = TRAILING_MARKS.matcher(SPACES.matcher(name.toString()).replaceAll(" ").strip()).replaceAll("");
        return new Label(n.isEmpty() ? s : n, Conditions.merge(conditions.toArray(String[]::new)), pair);
    }

    private static boolean isQualifier(String inner) {
        String lower = inner.toLowerCase(Locale.ROOT);
        return !Conditions.detect(inner).isEmpty() || RANGE.matcher(lower).matches()
                || METRIC_WORDS.matcher(lower).find();
    }
}
