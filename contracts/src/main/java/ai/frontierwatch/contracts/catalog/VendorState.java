package ai.frontierwatch.contracts.catalog;

import java.util.List;

/** Full state of a vendor after a change. Aliases include every registered surface form. */
public record VendorState(
        String id,
        String slug,
        String name,
        List<String> aliases,
        String country,
        String website) {
}
