package ai.frontierwatch.insights.claims;

import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.RecordedResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a claim compares with the record, for claims still in memory (the claims listing computes the same in
 * SQL, {@code DerivedStore.CLAIMS}; both must agree). A claim without conditions is shown with results under any
 * conditions (the article did not say) and corroborates any of them, but conflicts only with a result recorded
 * under exactly its conditions; "within rounding" is half a unit of the last digit the article wrote.
 */
public final class ClaimVerdict {

    /** The order claims of one article are listed and announced in: table cells first, then by place. */
    public static final Comparator<ExtractedClaim> LISTING_ORDER = Comparator
            .comparing(ExtractedClaim::tableIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExtractedClaim::rowIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExtractedClaim::columnIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ExtractedClaim::quoteStart)
            .thenComparing(ExtractedClaim::locator);

    private ClaimVerdict() {
    }

    /**
     * The results a claim is checked against, in the order given: same model and benchmark, and the claim's
     * conditions unless it states none.
     */
    public static List<Claim.Recorded> recorded(String modelId, String benchmarkId, String conditions,
            List<RecordedResult> results) {
        List<Claim.Recorded> out = new ArrayList<>();
        if (modelId == null || benchmarkId == null) {
            return out;
        }
        String stated = conditions == null ? "" : conditions;
        for (RecordedResult r : results) {
            if (r.modelId().equals(modelId) && r.benchmarkId().equals(benchmarkId)
                    && (stated.isEmpty() || r.conditions().equals(stated))) {
                out.add(new Claim.Recorded(r.id(), r.value(), r.conditions()));
            }
        }
        return out;
    }

    /**
     * The status of a claim of {@code value} written with {@code decimals} digits under {@code conditions} against
     * its recorded results: it corroborates a result within rounding, and conflicts only with results recorded
     * under the same conditions (a result measured otherwise is no contradiction: the claim is then new).
     */
    public static ClaimStatus status(boolean resolved, double value, int decimals, String conditions,
            List<Claim.Recorded> recorded) {
        if (!resolved) {
            return ClaimStatus.UNRESOLVED;
        }
        for (Claim.Recorded r : recorded) {
            if (withinRounding(value, decimals, r.value())) {
                return ClaimStatus.CORROBORATES;
            }
        }
        String stated = conditions == null ? "" : conditions;
        return recorded.stream().anyMatch(r -> stated.equals(r.conditions())) ? ClaimStatus.CONFLICTS : ClaimStatus.NEW;
    }

    static boolean withinRounding(double claimed, int decimals, double recorded) {
        return Math.abs(recorded - claimed) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
    }
}
