package ai.frontierwatch.insights.claims;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.text.FoldedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyClaimsTest {

    private static final ModelState PRO = new ModelState("m-pro", "gemini-3-pro", "Gemini 3 Pro", null, null, List.of(),
            "Gemini 3", "text", LocalDate.parse("2025-11-18"), false);
    private static final ModelState FLASH = new ModelState("m-flash", "gemini-3-flash", "Gemini 3 Flash", null, null,
            List.of(), "Gemini 3", "text", LocalDate.parse("2025-12-17"), false);
    private static final Catalogue CATALOGUE = new Catalogue(List.of(PRO, FLASH), List.of(), List.of());
    private static final List<RecordedResult> RECORD = List.of(
            new RecordedResult("r1", "m-pro", "hle", 37.5, null, null, null, "no-tools", null, false, null),
            new RecordedResult("r2", "m-flash", "hle", 33.7, null, null, null, "no-tools", null, false, null));

    private static ExtractedClaim familyClaim(double value, int decimals) {
        return new ExtractedClaim("p1", ExtractedClaim.Origin.PROSE, "family:3-gemini", "Gemini 3", "hle", "HLE", value,
                decimals, "PERCENT", "", "Gemini 3 scores " + value + "% on HLE", 0, 20, null, null, null);
    }

    private static String modelOf(ExtractedClaim claim, String publishedAt) {
        return FamilyClaims.attach(CATALOGUE, List.of(claim), OffsetDateTime.parse(publishedAt),
                (models, benchmark) -> RECORD.stream().filter(r -> models.contains(r.modelId())).toList()).get(0).modelId();
    }

    @Test
    void aFamilyNameResolvesToTheFamily() {
        List<NameHit> hits = CATALOGUE.findNames(FoldedText.of("Gemini 3 beats Gemini 3 Pro and Gemini 4"));
        assertThat(hits).extracting(h -> h.refs().iterator().next().id())
                .containsExactly("family:3-gemini", "m-pro", "discovered:4-gemini");
        assertThat(CATALOGUE.familyMembers("family:3-gemini")).containsExactlyInAnyOrder("m-pro", "m-flash");
    }

    @Test
    void aFamilyScoreGoesToItsOnlyReleasedMember() {
        assertThat(modelOf(familyClaim(40.0, 1), "2025-12-01T00:00:00Z")).isEqualTo("m-pro");
    }

    @Test
    void withSeveralMembersOutOnlyAValueMatchingExactlyOneRecordAttaches() {
        assertThat(modelOf(familyClaim(37.5, 1), "2026-01-10T00:00:00Z")).isEqualTo("m-pro");
        assertThat(modelOf(familyClaim(33.7, 1), "2026-01-10T00:00:00Z")).isEqualTo("m-flash");
        assertThat(modelOf(familyClaim(40.0, 1), "2026-01-10T00:00:00Z")).isEqualTo("family:3-gemini");
        // "38%" is 37.5-38.5: within rounding of Pro's 37.5 only
        assertThat(modelOf(familyClaim(38, 0), "2026-01-10T00:00:00Z")).isEqualTo("m-pro");
    }
}
