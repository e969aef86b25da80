package ai.frontierwatch.models.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A result as an editor (or the claim workflow) reports it. {@code model} and {@code benchmark} are ids,
 * slugs or any registered name; {@code unit}, when given, must be the benchmark's unit.
 */
public record ResultInput(
        @NotBlank @Size(max = 200) String model,
        @NotBlank @Size(max = 200) String benchmark,
        @NotNull Double value,
        Double stderr,
        Double lowerBound,
        Double upperBound,
        @Size(max = 20) String unit,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> conditions,
        LocalDate measuredOn,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull SourceInput> sources) {

    /** Where the value was read. */
    public record SourceInput(
            @Size(max = 2000) String url,
            @Size(max = 100) String articleId,
            @Size(max = 4000) String quote,
            @NotNull @Pattern(regexp = "FIRST_PARTY|THIRD_PARTY", message = "FIRST_PARTY or THIRD_PARTY") String reportedBy,
            @Size(max = 200) String publisher,
            Instant retrievedAt) {
    }
}
