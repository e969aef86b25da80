package ai.frontierwatch.insights.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a sentence that can be scores, read from folded text (lower case, simplified, half width).
 * Left out: numbers glued to a name or a unit ("GPT-5", "32B", "4.4 tok/s"), prices, ranks ("#1", "第3"),
 * gains and differences ("+5.8%", "by 4.6 points", "高出 114%"), shares ("9% of tasks", "占比"), bounds and
 * approximations ("80%+", "约30%", "about 25%"), ranges and progressions ("40%至60%", "from 13% to 89%",
 * "28.8%→54.7%"), counts, sizes, speeds and dates. Emphasis and code markers around a number are ignored;
 * LaTeX "$88.9$%" is a percentage.
 */
final class ProseNumbers {

    /** A candidate score: the digits at [start, digitsEnd), the whole written form up to {@code end}. */
    record Num(int start, int digitsEnd, int end, Score score, boolean pointsAfter) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!\\d|,\\d{3})");
    private static final String MARKUP = "*_`";
    private static final Pattern PERCENT_WORD = Pattern.compile("^(?:%|\\\\%|percent\\b|per cent\\b)");
    /** Written right after the number (spaces skipped): a unit, a comparison or a count, not a score. */
    private static final Pattern NOT_A_SCORE_AFTER = Pattern.compile("^(?:"
            + "points?\\b|pts\\b|pp\\b|percentage|x\\b|times\\b|fold\\b|of\\b|higher|lower|more\\b|less\\b|fewer|faster|"
            + "slower|cheaper|smaller|larger|bigger|better|worse|ahead|behind|above|below|over\\b|improvement|increase|"
            + "gain|boost|reduction|drop|decrease|speed-?up|lead\\b|margin|off\\b|discount|tok|tps\\b|[kmgt]?b\\b|kb\\b|"
            + "ms\\b|µs|us\\b|s\\b|sec|min\\b|minutes?|hours?|hrs?\\b|days?\\b|weeks?|months?|years?|languages?|layers?|"
            + "experts?|params|parameters?|billion|million|trillion|thousand|bn\\b|usd|dollars?|users?|downloads?|"
            + "stars?|commits?|gpus?|samples?|wins?\\b|draws?\\b|loss(?:es)?\\b|win[- ]?rate|organi[sz]ations?|companies|people|employees|concurrent|steps?\\b|"
            + "architectures?|messages?|requests?|queries|calls|files?|lines?|pages?|images?|videos?|k\\b|or more|"
            + "or higher|and above|and up|\\+|/|×|→|~|-\\s*\\d|-[a-z]|–|to \\d|:\\d|"
            + "jan(?:uary)?\\b|feb(?:ruary)?\\b|mar(?:ch)?\\b|apr(?:il)?\\b|may\\b|june?\\b|july?\\b|aug(?:ust)?\\b|"
            + "sep(?:t(?:ember)?)?\\b|oct(?:ober)?\\b|nov(?:ember)?\\b|dec(?:ember)?\\b|"
            + "个|项|名|家|国|岁|年|月|日|号|天|小时|分钟|秒|倍|亿|万|千|百|元|美元|参数|条|篇|次|人|位|张|台|块|卡|层|种|步|字|"
            + "以上|左右|上下|多|余|之多|更|降价|折|至\\s*\\d|到\\s*\\d|的(?:提升|增长|增幅|份额|用户|胜率|速度|成本|价格|参数|"
            + "上下文|市场|增速|项目)|个?百分点)", Pattern.CASE_INSENSITIVE);
    /** Latin words ending the text right before the number (same clause). */
    private static final Pattern NOT_A_SCORE_BEFORE = Pattern.compile("(?:\\b(?:about|around|approximately|approx|"
            + "roughly|nearly|almost|over|above|under|below|more than|less than|fewer than|at least|at most|up to|by|"
            + "up|down|gains? of|improvement of|increase of|drop of|rank(?:ed)?|no|number|top|costs?|price[ds]?|priced at|"
            + "pay|spent|raised|valued|share|win rate|context|window|speed|throughput|latency|out of|since|version|"
            + "step|day|week|january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|to|previous|prior|earlier|former|cross(?:es|ed|ing)?|"
            + "exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|break(?:s|ing)?|broke|beyond|past)|\\b\\d+(?:\\.\\d+)?x"
            + "|[~≈<>≥≤+\\-±$#€£¥￥→–−^])\\s*$");
    /** Chinese words close before the number (same clause) that make it a bound, change, price, rank or range. */
    private static final Pattern NOT_A_SCORE_BEFORE_ZH = Pattern.compile("(?:约|近|超|逾|低于|高于|不足|不到|少于|多于|至少|最多|"
            + "提升|提高|增长|增加|涨|下降|降低|降|减|节省|省|高出|超出|多出|领先了?|落后|差距|相差|增速|胜率|占比|占|份额|价格|定价|"
            + "售价|成本|费用|花费|融资|估值|市值|参数|上下文|窗口|内存|显存|速度|快|慢|第|排名|前|从|由|仅需|只需|每)[^\\d]{0,3}$");
    /** The second number of a range or progression: "40%至60%", "从 X 到 Y", "X → Y". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*%?\\s*(?:至|到|~|～|-|–|→)\\s*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()，；：（）、]");
    /** A year needs a word that makes it a score: "Elo 1932", "score of 2010". */
    private static final Pattern SCORE_CUE_BEFORE = Pattern.compile("(?:elo|score of|scored|scores?|rating|=|:|得分|评分|积分|分数)\\s*$");
    private static final int MAX_PER_SENTENCE = 64;

    private ProseNumbers() {
    }

    /** The candidate scores in [from, to) of the folded text. */
    static List<Num> find(String folded, int from, int to) {
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(folded).region(from, to);
        while (m.find() && out.size() < MAX_PER_SENTENCE) {
            Num n = read(folded, from, to, m);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static Num read(String f, int from, int to, Matcher m) {
        int start = m.start();
        int digitsEnd = m.end();
        int b = start;
        while (b > from && MARKUP.indexOf(f.charAt(b - 1)) >= 0) {
            b--;
        }
        char before = b > from ? f.charAt(b - 1) : ' ';
        int a = digitsEnd;
        while (a < to && MARKUP.indexOf(f.charAt(a)) >= 0) {
            a++;
        }
        boolean latex = before == '$' && a < to && f.charAt(a) == '$';
        if (latex) {
            b--;
            before = b > from ? f.charAt(b - 1) : ' ';
            a++;
        }
        if (before < 128 && Character.isLetterOrDigit(before) || before == '.' || before == '_' || before == '@'
                || before == '/' || before == ':' && b - 1 > from && Character.isDigit(f.charAt(b - 2))) {
            return null;
        }
        int unit = a;
        while (unit < to && f.charAt(unit) == ' ') {
            unit++;
        }
        boolean percent = false;
        Matcher p = PERCENT_WORD.matcher(f).region(unit, to);
        if (p.lookingAt()) {
            percent = true;
            a = p.end();
        } else if (a < to && f.charAt(a) < 128 && Character.isLetter(f.charAt(a))) {
            return null; // glued unit: "32b", "60x", "9.5s"
        }
        while (a < to && MARKUP.indexOf(f.charAt(a)) >= 0) {
            a++;
        }
        int restStart = a;
        while (restStart < to && f.charAt(restStart) == ' ') {
            restStart++;
        }
        String rest = f.substring(restStart, Math.min(to, restStart + 24));
        boolean points = !percent && rest.startsWith("分") && !rest.startsWith("分钟");
        if (!points && NOT_A_SCORE_AFTER.matcher(rest).lookingAt()) {
            return null;
        }
        String pre = clauseBefore(f, from, b);
        if (NOT_A_SCORE_BEFORE.matcher(pre).find() || RANGE_BEFORE.matcher(pre).find()
                || NOT_A_SCORE_BEFORE_ZH.matcher(pre.substring(Math.max(0, pre.length() - 6))).find()) {
            return null;
        }
        Score score = Score.of(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)), percent);
        if (percent && score.value() > 100) {
            return null;
        }
        boolean year = !percent && m.group(2) == null && score.value() >= 1900 && score.value() <= 2100;
        if (year && !SCORE_CUE_BEFORE.matcher(pre).find()) {
            return null;
        }
        return new Num(start, digitsEnd, a, score, points);
    }

    /** The text before {@code end} back to the last clause break (at most 24 characters), stripped. */
    static String clauseBefore(String f, int from, int end) {
        String pre = f.substring(Math.max(from, end - 24), end);
        Matcher breaks = CLAUSE_BREAK.matcher(pre);
        int cut = 0;
        while (breaks.find()) {
            cut = breaks.end();
        }
        StringBuilder sb = new StringBuilder(pre.length() - cut);
        for (int i = cut; i < pre.length(); i++) {
            char c = pre.charAt(i);
            if (MARKUP.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString().stripTrailing();
    }
}
