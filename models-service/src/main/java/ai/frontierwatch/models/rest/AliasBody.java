package ai.frontierwatch.models.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Aliases to register on an entity. */
public record AliasBody(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) {
}
