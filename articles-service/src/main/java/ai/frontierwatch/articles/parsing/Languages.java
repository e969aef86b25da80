package ai.frontierwatch.articles.parsing;

import com.hankcs.hanlp.HanLP;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells zh-Hans, zh-Hant, en and mixed apart from the characters themselves: the share of Han text
 * against Latin text, and among Han characters those that exist only in one script.
 */
public final class Languages {

    public static final String SIMPLIFIED = "zh-Hans";
    public static final String TRADITIONAL = "zh-Hant";
    public static final String ENGLISH = "en";
    public static final String MIXED = "mixed";

    /** 1 = only in Traditional, -1 = only in Simplified, 0 = shared by both. */
    private static final ConcurrentHashMap<Character, Integer> SCRIPT = new ConcurrentHashMap<>();

    private Languages() {
    }

    public static String detect(String text) {
        long han = 0;
        long latin = 0;
        long traditional = 0;
        long simplified = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                int s = SCRIPT.computeIfAbsent(c, Languages::scriptOf);
                if (s > 0) {
                    traditional++;
                } else if (s < 0) {
                    simplified++;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return MIXED;
        }
        // One Han character carries about as much as a short English word of ~3 letters.
        double hanShare = han / (han + latin / 3.0);
        if (hanShare < 0.2) {
            return ENGLISH;
        }
        if (hanShare < 0.5) {
            return MIXED;
        }
        return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }

    private static int scriptOf(char c) {
        String s = String.valueOf(c);
        if (!HanLP.convertToSimplifiedChinese(s).equals(s)) {
            return 1;
        }
        if (!HanLP.convertToTraditionalChinese(s).equals(s)) {
            return -1;
        }
        return 0;
    }
}
