package ai.frontierwatch.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary of measurement conditions every service uses. A condition set is kept as a canonical key:
 * folded, lower-case tokens, spaces as dashes, synonyms unified, sorted and ";"-joined, "" for none (e.g.
 * "0-shot;no-tools;pass@1"). Two scores are only compared under equal keys. Canonical tokens: {@code no-tools},
 * {@code with-tools}, {@code N-shot}, {@code pass@N}, {@code maj@N}, {@code avg@N}, {@code cot},
 * {@code thinking}, {@code non-thinking}, {@code reasoning-<effort>}, a scaffold's name ({@code agentless},
 * {@code openhands}...); any other setting (a metric, a split) is kept as its own token.
 */
public final class Conditions {

    public static final String NONE = "";

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("without-tools", "no-tools"),
            Map.entry("without-tool", "no-tools"),
            Map.entry("no-tool", "no-tools"),
            Map.entry("w/o-tools", "no-tools"),
            Map.entry("w/o-tool", "no-tools"),
            Map.entry("tools", "with-tools"),
            Map.entry("tool", "with-tools"),
            Map.entry("with-tool", "with-tools"),
            Map.entry("w/-tools", "with-tools"),
            Map.entry("tool-use", "with-tools"),
            Map.entry("zero-shot", "0-shot"),
            Map.entry("one-shot", "1-shot"),
            Map.entry("chain-of-thought", "cot"),
            Map.entry("no-thinking", "non-thinking"),
            Map.entry("nothinking", "non-thinking"),
            Map.entry("w/o-thinking", "non-thinking"),
            Map.entry("without-thinking", "non-thinking"),
            Map.entry("thinking-mode", "thinking"),
            Map.entry("think", "thinking"));

    private static final Pattern NO_TOOLS = Pattern.compile(
            "不借助(任何)?(外部)?工具|不使用(任何)?(外部)?工具|无(外部)?工具|没有(使用)?(任何)?工具|不调用(任何)?工具|no[ -]?tools?\\b|without (any )?tools?"
                    + "|w/o tools?");
    private static final Pattern WITH_TOOLS = Pattern.compile(
            "借助(外部)?工具|使用(外部)?工具|调用工具|工具调用模式|with (tools?|python|search|code)\\b|w/ tools?|tool[- ]use\\b(?![- ]?(benchmarks?|bench|tasks?|evals?|evaluations?|suites?|leaderboards?|abilit|capabilit|skills?))"
                    + "|\\(tools?\\)");
    private static final Pattern SHOTS = Pattern.compile("(?<![\\w.])(\\d{1,3})[ -]?shots?\\b|\\b(zero|one)[ -]shot\\b");
    private static final Pattern AT_K = Pattern.compile("\\b(pass|maj|cons|avg|mean)@(\\d{1,4})\\b");
    private static final Pattern COT = Pattern.compile("\\bcot\\b|chain[ -]of[ -]thought|思维链");
    private static final Pattern NON_THINKING = Pattern.compile(
            "non[ -]?thinking|no[ -]thinking|w/o thinking|without thinking|非思考|无思考|不思考|关闭思考");
    /** Thinking as a mode, not as a word of a model's name ("Kimi K2 Thinking" is a model, not a condition). */
    private static final Pattern THINKING = Pattern.compile("\\(\\s*thinking\\s*\\)|thinking[ -]mode|(with|extended) thinking"
            + "|thinking\\s*[:=]\\s*(on|enabled|true)|深度思考|思考模式|开启思考");
    /** Scaffolds and agent frameworks a model ran inside: each is its own token. */
    private static final Pattern SCAFFOLD = Pattern.compile(
            "(?<![\\w-])(agentless|moatless|openhands|mini-swe-agent|swe-agent|autocoderover|aider|terminus|llmxmapreduce)(?![\\w-])");
    private static final Pattern REASONING = Pattern.compile(
            "(?:reasoning[ _-]?effort|推理(?:强度|力度|努力))\\s*[:：=]?\\s*\\(?(xhigh|high|medium|low|minimal|none|高|中|低)"
                    + "|\\breasoning[ _-](xhigh|high|medium|low|minimal)\\b");

    private static final Pattern SHOT_TOKEN = Pattern.compile("^(\\d{1,3})-?shots?$");
    private static final Pattern EFFORT_TOKEN = Pattern.compile(
            "^(?:reasoning-effort|effort)[:=]?-?(xhigh|high|medium|low|minimal|none)$");

    private Conditions() {
    }

    /** The canonical key of the conditions mentioned anywhere in {@code text}. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = TextFolding.fold(text);
        List<String> tokens = new ArrayList<>();
        if (NO_TOOLS.matcher(t).find()) {
            tokens.add("no-tools");
        } else if (WITH_TOOLS.matcher(t).find()) {
            tokens.add("with-tools");
        }
        Matcher shots = SHOTS.matcher(t);
        while (shots.find()) {
            tokens.add(shots.group(1) != null ? shots.group(1) + "-shot" : shots.group(2) + "-shot");
        }
        Matcher at = AT_K.matcher(t);
        while (at.find()) {
            tokens.add(at.group(1) + "@" + at.group(2));
        }
        if (COT.matcher(t).find()) {
            tokens.add("cot");
        }
        if (NON_THINKING.matcher(t).find()) {
            tokens.add("non-thinking");
        } else if (THINKING.matcher(t).find()) {
            tokens.add("thinking");
        }
        Matcher scaffold = SCAFFOLD.matcher(t);
        while (scaffold.find()) {
            tokens.add(scaffold.group(1));
        }
        Matcher reasoning = REASONING.matcher(t);
        if (reasoning.find()) {
            String effort = reasoning.group(1) != null ? reasoning.group(1) : reasoning.group(2);
            tokens.add("reasoning-" + switch (effort) {
                case "高" -> "high";
                case "中" -> "medium";
                case "低" -> "low";
                default -> effort;
            });
        }
        return key(tokens);
    }

    /**
     * The conditions a qualifier written next to a name states ("2407-2409 Pass@1", "0-shot", "Prompt-Strict"):
     * the canonical tokens it names plus, when words are left over, those words as one more token.
     */
    public static String qualifier(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String detected = detect(text);
        String rest = TextFolding.fold(text);
        for (Pattern p : List.of(NO_TOOLS, WITH_TOOLS, SHOTS, AT_K, COT, NON_THINKING, THINKING, SCAFFOLD, REASONING)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        rest = rest.replaceAll("^[\\s,;:/|()\\[\\]-]+|[\\s,;:/|()\\[\\]-]+$", "").replaceAll("\\s*,\\s*|\\s+", " ");
        return rest.isEmpty() ? detected : merge(detected, normalize(rest));
    }

    /** The canonical key of a list of conditions as written ("No Tools", "pass@1", "5-shot"). */
    public static String key(Collection<String> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return NONE;
        }
        TreeSet<String> canonical = new TreeSet<>();
        for (String condition : conditions) {
            String c = normalize(condition);
            if (!c.isEmpty()) {
                canonical.add(c);
            }
        }
        return String.join(";", canonical);
    }

    /** The union of keys. */
    public static String merge(String... keys) {
        return key(Arrays.stream(keys).filter(k -> k != null && !k.isEmpty())
                .flatMap(k -> Arrays.stream(k.split(";"))).toList());
    }

    /** The conditions of a key, in canonical order. */
    public static List<String> parts(String key) {
        return key == null || key.isEmpty() ? List.of() : Arrays.asList(key.split(";"));
    }

    /** One condition as its canonical token. */
    public static String normalize(String condition) {
        if (condition == null) {
            return NONE;
        }
        String c = TextFolding.fold(condition).replace(";", ",").strip().replaceAll("\\s+", "-");
        c = SYNONYMS.getOrDefault(c, c);
        Matcher shots = SHOT_TOKEN.matcher(c);
        if (shots.matches()) {
            return shots.group(1) + "-shot";
        }
        if (c.startsWith("cons@")) {
            return "maj@" + c.substring(5);
        }
        if (c.startsWith("mean@")) {
            return "avg@" + c.substring(5);
        }
        Matcher effort = EFFORT_TOKEN.matcher(c);
        return effort.matches() ? "reasoning-" + effort.group(1) : c;
    }
}
