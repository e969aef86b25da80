package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.error.BadUserInputException;

/** Validation of arguments shared by several fetchers. */
final class Arguments {

    private Arguments() {
    }

    /** Exactly one of id and slug must be given; returns it. */
    static String idOrSlug(String id, String slug) throws BadUserInputException {
        boolean hasId = id != null && !id.isBlank();
        boolean hasSlug = slug != null && !slug.isBlank();
        if (hasId == hasSlug) {
            throw new BadUserInputException(hasId ? "slug" : "id", "give exactly one of id and slug");
        }
        return hasId ? id : slug;
    }
}
