package ai.frontierwatch.insights.claims;

import ai.frontierwatch.text.TextFolding;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement conditions named in a text, normalised to the catalogue's canonical key: sorted, lower-case,
 * ";"-joined tokens, "" for none (e.g. "no-tools;pass@1"). Two scores are only compared under equal keys.
 */
public final class Conditions {

    private static final Pattern NO_TOOLS = Pattern.compile(
            "不借助(外部)?工具|不使用(外部)?工具|无(外部)?工具|没有(使用)?工具|no[ -]?tools?\\b|without (any )?tools|w/o tools");
    private static final Pattern WITH_TOOLS = Pattern.compile(
            "借助(外部)?工具|使用(外部)?工具|with (tools|python|search|code)");
    private static final Pattern PASS_AT = Pattern.compile("pass@(\\d+)");
    private static final Pattern MAJ_AT = Pattern.compile("(maj|cons)@(\\d+)");
    private static final Pattern REASONING = Pattern.compile(
            "(?:reasoning[ _-]?effort|推理(?:强度|力度|努力))\\s*[:：=]?\\s*\\(?(xhigh|high|medium|low|minimal|none|高|中|低)");

    private Conditions() {
    }

    /** The canonical key of the conditions mentioned anywhere in {@code text}. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = TextFolding.fold(text);
        TreeSet<String> tokens = new TreeSet<>();
        if (NO_TOOLS.matcher(t).find()) {
            tokens.add("no-tools");
        } else if (WITH_TOOLS.matcher(t).find()) {
            tokens.add("with-tools");
        }
        Matcher pass = PASS_AT.matcher(t);
        while (pass.find()) {
            tokens.add("pass@" + pass.group(1));
        }
        Matcher maj = MAJ_AT.matcher(t);
        while (maj.find()) {
            tokens.add(maj.group(1) + "@" + maj.group(2));
        }
        Matcher reasoning = REASONING.matcher(t);
        if (reasoning.find()) {
            tokens.add("reasoning-" + switch (reasoning.group(1)) {
                case "高" -> "high";
                case "中" -> "medium";
                case "低" -> "low";
                default -> reasoning.group(1);
            });
        }
        return String.join(";", tokens);
    }

    /** Canonical key of a list of condition tokens. */
    public static String key(Collection<String> tokens) {
        return String.join(";", new TreeSet<>(tokens.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    /** Merges keys: the union of their tokens. */
    public static String merge(String... keys) {
        return key(Arrays.stream(keys).filter(k -> k != null && !k.isEmpty())
                .flatMap(k -> Arrays.stream(k.split(";"))).toList());
    }

    /** The tokens of a key, for APIs that take a list. */
    public static java.util.List<String> tokens(String key) {
        return key == null || key.isEmpty() ? java.util.List.of() : java.util.List.of(key.split(";"));
    }
}
