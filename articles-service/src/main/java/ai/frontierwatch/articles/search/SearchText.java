package ai.frontierwatch.articles.search;

import ai.frontierwatch.text.TextFolding;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Text prepared for PostgreSQL full-text search. PostgreSQL cannot segment Chinese, so Chinese is
 * segmented here: every run of Han characters becomes its HanLP words plus its character bigrams (the
 * bigrams make a query match inside longer words: 千问 in 通义千问). Everything is folded first (width,
 * case, Traditional to Simplified), so either script finds both. Latin text is left for PostgreSQL's
 * English configuration, which stems it.
 */
public final class SearchText {

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enablePartOfSpeechTagging(false);

    private SearchText() {
    }

    /** Terms of a document field, space separated, for to_tsvector('english', …). */
    public static String forIndex(String text, int maxChars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = TextFolding.fold(text.length() > maxChars ? text.substring(0, maxChars) : text);
        StringBuilder out = new StringBuilder(folded.length() * 2);
        int i = 0;
        while (i < folded.length()) {
            int start = i;
            if (isHan(folded.charAt(i))) {
                while (i < folded.length() && isHan(folded.charAt(i))) {
                    i++;
                }
                appendHanRun(folded.substring(start, i), out);
            } else {
                while (i < folded.length() && !isHan(folded.charAt(i))) {
                    i++;
                }
                out.append(' ').append(folded, start, i).append(' ');
            }
        }
        return out.toString();
    }

    private static void appendHanRun(String run, StringBuilder out) {
        if (run.length() == 1) {
            out.append(' ').append(run).append(' ');
            return;
        }
        for (int k = 0; k + 1 < run.length(); k++) {
            out.append(' ').append(run, k, k + 2);
        }
        if (run.length() > 2) {
            for (Term term : SEGMENT.seg(run)) {
                if (term.word.length() > 2) {
                    out.append(' ').append(term.word);
                }
            }
        }
        out.append(' ');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
