package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.matching.Catalogue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A score an article states for a family ("Gemini 3 reaches 45.1%") is a fact about one member only when that is
 * unambiguous: the family had exactly one released member when the article was published, or the value equals,
 * within the article's rounding, the recorded value of exactly one member. Otherwise it stays on the family,
 * visible and unresolved: no guess.
 */
public final class FamilyClaims {

    private FamilyClaims() {
    }

    /**
     * @param recorded the results on record of some models on some benchmarks
     */
    public static List<ExtractedClaim> attach(Catalogue catalogue, List<ExtractedClaim> claims, OffsetDateTime publishedAt,
            BiFunction<Set<String>, String, List<RecordedResult>> recorded) {
        List<ExtractedClaim> out = null;
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim c = claims.get(i);
            Set<String> members = catalogue.familyMembers(c.modelId());
            if (members.isEmpty()) {
                continue;
            }
            String member = onlyReleased(catalogue, members, publishedAt);
            if (member == null && c.benchmarkId() != null) {
                member = onlyMatching(c, recorded.apply(members, c.benchmarkId()));
            }
            if (member != null) {
                if (out == null) {
                    out = new ArrayList<>(claims);
                }
                out.set(i, withModel(c, member));
            }
        }
        return out == null ? claims : out;
    }

    private static String onlyReleased(Catalogue catalogue, Set<String> members, OffsetDateTime publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        String released = null;
        for (String id : members) {
            ModelState m = catalogue.model(id).orElse(null);
            if (m == null || m.releaseDate() == null) {
                return null; // a member of unknown release date may have been out: ambiguous
            }
            if (!m.releaseDate().isAfter(publishedAt.toLocalDate())) {
                if (released != null) {
                    return null;
                }
                released = id;
            }
        }
        return released;
    }

    private static String onlyMatching(ExtractedClaim c, List<RecordedResult> results) {
        String found = null;
        for (RecordedResult r : results) {
            boolean sameConditions = c.conditions() == null || c.conditions().isEmpty()
                    || c.conditions().equals(r.conditions());
            if (sameConditions && ClaimVerdict.withinRounding(c.value(), c.decimals(), r.value())) {
                if (found != null && !found.equals(r.modelId())) {
                    return null;
                }
                found = r.modelId();
            }
        }
        return found;
    }

    private static ExtractedClaim withModel(ExtractedClaim c, String modelId) {
        return new ExtractedClaim(c.locator(), c.origin(), modelId, c.modelName(), c.benchmarkId(), c.benchmarkName(),
                c.value(), c.decimals(), c.unit(), c.conditions(), c.quote(), c.quoteStart(), c.quoteEnd(),
                c.tableIndex(), c.rowIndex(), c.columnIndex());
    }
}
