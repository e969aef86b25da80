package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.repository.CatalogRepository;

/** Slug rules shared by every catalogue entity. */
final class Slugs {

    static final String PATTERN = "[a-z0-9][a-z0-9.-]*";
    static final String MESSAGE = "lowercase letters, digits, dots and dashes";

    private Slugs() {
    }

    static void requireFree(CatalogRepository<?> repository, String slug, String what) {
        if (repository.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("A " + what + " with slug '" + slug + "' already exists");
        }
    }
}
