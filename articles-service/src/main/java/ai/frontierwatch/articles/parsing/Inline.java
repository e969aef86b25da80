package ai.frontierwatch.articles.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline Markdown: links and images found, and text without markup. */
public final class Inline {

    static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern BARE_URL = Pattern.compile("(?<![(\\[<\"'=])\\bhttps?://[^\\s)<>\\]\"'，。、）]+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?![\\s*_])(.+?)(?<![\\s*_])\\1(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#39|#x27);");

    private Inline() {
    }

    /** Text a reader sees: link text without targets, no images, no emphasis markers, entities decoded. */
    public static String plain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String t = IMAGE.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        t = STRIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return decodeEntities(t);
    }

    static String decodeEntities(String t) {
        if (t.indexOf('&') < 0) {
            return t;
        }
        return ENTITY.matcher(t).replaceAll(m -> switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "nbsp" -> " ";
            default -> "'";
        });
    }

    /** Links in document order: Markdown links, autolinks and bare URLs (not images). */
    public static void collectLinks(String markdown, List<Link> out) {
        String withoutImages = IMAGE.matcher(markdown).replaceAll(" ");
        Matcher m = LINK.matcher(withoutImages);
        while (m.find()) {
            if (isWebUrl(m.group(2))) {
                out.add(new Link(plain(m.group(1)).strip(), m.group(2)));
            }
        }
        String rest = LINK.matcher(withoutImages).replaceAll(" ");
        Matcher a = AUTOLINK.matcher(rest);
        while (a.find()) {
            out.add(new Link(null, a.group(1)));
        }
        Matcher b = BARE_URL.matcher(AUTOLINK.matcher(rest).replaceAll(" "));
        while (b.find()) {
            out.add(new Link(null, b.group()));
        }
    }

    public static void collectImages(String markdown, List<Link> out) {
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            out.add(new Link(m.group(1).isBlank() ? null : m.group(1).strip(), m.group(2)));
        }
    }

    /** The first Markdown link of a piece of text, or its first bare URL. */
    public static Link firstLink(String markdown) {
        java.util.ArrayList<Link> links = new java.util.ArrayList<>();
        collectLinks(markdown, links);
        return links.isEmpty() ? null : links.get(0);
    }

    static boolean isWebUrl(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}
