package ai.frontierwatch.insights.service;

import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.repository.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The catalogue snapshot matching uses, rebuilt only when the stored catalogue changed (its fingerprint is
 * checked on every use, so a change made by another instance or a rolled-back transaction is noticed).
 */
@ApplicationScoped
public class CatalogueCache {

    /** A catalogue and the revision it is valid for. */
    public record Snapshot(String fingerprint, Catalogue catalogue) {
    }

    private final ProjectionStore store;
    private volatile Snapshot snapshot = new Snapshot("", Catalogue.empty());

    public CatalogueCache(ProjectionStore store) {
        this.store = store;
    }

    public Catalogue current() {
        return current(store.catalogueFingerprint());
    }

    /** The catalogue of a revision just read in the current transaction (saves reading it again). */
    public Catalogue current(String fingerprint) {
        return snapshot(fingerprint).catalogue();
    }

    /** The current catalogue with its revision (read now, before the catalogue if that is loaded). */
    public Snapshot snapshot() {
        return snapshot(store.catalogueFingerprint());
    }

    private Snapshot snapshot(String fingerprint) {
        Snapshot s = snapshot;
        if (!s.fingerprint().equals(fingerprint)) {
            s = new Snapshot(fingerprint, store.loadCatalogue());
            snapshot = s;
        }
        return s;
    }
}
