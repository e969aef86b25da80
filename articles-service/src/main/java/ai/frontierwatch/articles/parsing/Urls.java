package ai.frontierwatch.articles.parsing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Canonical form of article URLs: tracking parameters and fragments removed, host lower case. */
public final class Urls {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid",
            "mc_eid", "igshid", "ref", "ref_src", "ref_url", "spm", "scene", "chksm", "share_token", "isappinstalled",
            "_hsenc", "_hsmi", "vero_id", "si", "srcid", "sharer_shareid", "sharer_sharetime", "from", "wt.mc_id",
            "cmpid", "ocid", "rss", "feature");
    /** On these hosts "s" and "t" only say how a post was shared. */
    private static final Set<String> SHARE_HOSTS = Set.of("x.com", "twitter.com", "mobile.twitter.com");

    private Urls() {
    }

    /** The canonical URL, or null when the value is not an absolute http(s) URL. */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && "http".equals(scheme)) || (port == 443 && "https".equals(scheme));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                boolean shareParam = SHARE_HOSTS.contains(host) && (name.equals("s") || name.equals("t"));
                if (!name.startsWith("utm_") && !TRACKING.contains(name) && !shareParam) {
                    kept.add(pair);
                }
            }
        }
        kept.sort(null);
        return "https".equals(scheme) || "http".equals(scheme)
                ? scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                        + (kept.isEmpty() ? "" : "?" + String.join("&", kept))
                : null;
    }

    /** An absolute http(s) address: the only links kept as an article's links. */
    public static boolean isWeb(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    /** Host of a URL without "www.", for a source name when the document names none. */
    public static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
