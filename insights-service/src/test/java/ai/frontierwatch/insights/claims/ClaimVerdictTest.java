package ai.frontierwatch.insights.claims;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.RecordedResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimVerdictTest {

    private static RecordedResult result(String id, String model, String benchmark, double value, String conditions) {
        return new RecordedResult(id, model, benchmark, value, null, null, null, conditions, null, false, null);
    }

    private final List<RecordedResult> onRecord = List.of(
            result("r1", "m-a", "b-swe", 80.9, ""),
            result("r2", "m-a", "b-swe", 78.0, "no-tools"),
            result("r3", "m-a", "b-gpqa", 91.9, ""),
            result("r4", "m-b", "b-swe", 76.2, ""));

    @Test
    void aClaimIsComparedWithItsModelAndBenchmarkUnderAnyConditionsUnlessItStatesThem() {
        assertThat(ClaimVerdict.recorded("m-a", "b-swe", "", onRecord)).containsExactly(
                new Claim.Recorded("r1", 80.9, ""), new Claim.Recorded("r2", 78.0, "no-tools"));
        assertThat(ClaimVerdict.recorded("m-a", "b-swe", "no-tools", onRecord))
                .containsExactly(new Claim.Recorded("r2", 78.0, "no-tools"));
        assertThat(ClaimVerdict.recorded("m-a", "b-swe", "pass@1", onRecord)).isEmpty();
        assertThat(ClaimVerdict.recorded("m-c", "b-swe", "", onRecord)).isEmpty();
        assertThat(ClaimVerdict.recorded(null, "b-swe", "", onRecord)).isEmpty();
    }

    @Test
    void statusIsWithinHalfAUnitOfTheLastWrittenDigit() {
        List<Claim.Recorded> swe = ClaimVerdict.recorded("m-a", "b-swe", "", onRecord);
        // 80.9 and 78.0 on record: "81%" is within 0.5 of 80.9, "80.94%" is 0.04 away, more than 0.005.
        assertThat(ClaimVerdict.status(true, 81, 0, "", swe)).isEqualTo(ClaimStatus.CORROBORATES);
        assertThat(ClaimVerdict.status(true, 80.9, 1, "", swe)).isEqualTo(ClaimStatus.CORROBORATES);
        assertThat(ClaimVerdict.status(true, 80.94, 2, "", swe)).isEqualTo(ClaimStatus.CONFLICTS);
        assertThat(ClaimVerdict.status(true, 78, 0, "", swe)).isEqualTo(ClaimStatus.CORROBORATES);
        assertThat(ClaimVerdict.status(true, 65.0, 1, "", swe)).isEqualTo(ClaimStatus.CONFLICTS);
        // Half a unit exactly still agrees (binary noise aside): 80.85 written with 1 decimal vs 80.9.
        assertThat(ClaimVerdict.status(true, 80.85, 1, "", swe)).isEqualTo(ClaimStatus.CORROBORATES);
        assertThat(ClaimVerdict.status(true, 80.84, 1, "", swe)).isEqualTo(ClaimStatus.CONFLICTS);
        assertThat(ClaimVerdict.status(true, 70.0, 1, "", List.of())).isEqualTo(ClaimStatus.NEW);
        assertThat(ClaimVerdict.status(false, 70.0, 1, "", swe)).isEqualTo(ClaimStatus.UNRESOLVED);
    }

    @Test
    void aClaimConflictsOnlyWithAResultUnderTheSameConditions() {
        List<Claim.Recorded> noTools = List.of(new Claim.Recorded("r2", 78.0, "no-tools"));
        // Only a no-tools result on record: a claim that states no conditions, or others, is new, not a conflict.
        assertThat(ClaimVerdict.status(true, 70.0, 1, "", noTools)).isEqualTo(ClaimStatus.NEW);
        assertThat(ClaimVerdict.status(true, 70.0, 1, "pass@1", noTools)).isEqualTo(ClaimStatus.NEW);
        assertThat(ClaimVerdict.status(true, 70.0, 1, "no-tools", noTools)).isEqualTo(ClaimStatus.CONFLICTS);
        assertThat(ClaimVerdict.status(true, 78.0, 1, "", noTools)).isEqualTo(ClaimStatus.CORROBORATES);
    }

    @Test
    void claimsOfAnArticleAreOrderedTableCellsFirstThenByPlace() {
        ExtractedClaim prose = claim("p120", null, null, null, 120);
        ExtractedClaim earlierProse = claim("p40", null, null, null, 40);
        ExtractedClaim cell = claim("t0r1c2", 0, 1, 2, -1);
        ExtractedClaim firstCell = claim("t0r0c3", 0, 0, 3, -1);
        ExtractedClaim secondTable = claim("t1r0c1", 1, 0, 1, -1);
        List<ExtractedClaim> claims = new ArrayList<>(List.of(prose, cell, secondTable, earlierProse, firstCell));
        claims.sort(ClaimVerdict.LISTING_ORDER);
        assertThat(claims).extracting(ExtractedClaim::locator)
                .containsExactly("t0r0c3", "t0r1c2", "t1r0c1", "p40", "p120");
    }

    private static ExtractedClaim claim(String locator, Integer table, Integer row, Integer column, int quoteStart) {
        return new ExtractedClaim(locator, table == null ? ExtractedClaim.Origin.PROSE : ExtractedClaim.Origin.TABLE,
                "m-a", "A", "b-swe", "SWE", 80.0, 1, "PERCENT", "", "quote", quoteStart, quoteStart + 5, table, row,
                column);
    }
}
