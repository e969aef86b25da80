package ai.frontierwatch.models.importing;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * State shared by the files of one import request: resolved names and data one file lends another. Chunks running
 * in parallel share it.
 */
public final class ImportContext {

    /** Folded name -> entity id, per kind; cleared when a transaction rolls back. */
    final Map<String, UUID> vendors = new ConcurrentHashMap<>();
    final Map<String, UUID> models = new ConcurrentHashMap<>();
    final Map<String, UUID> benchmarks = new ConcurrentHashMap<>();

    /** Benchmarks by id, read once per import (only their unit, range and name are used). */
    final Map<UUID, ai.frontierwatch.models.domain.Benchmark> benchmarkEntities = new ConcurrentHashMap<>();

    /** LiveBench release date -> task column -> category name, from the categories files. */
    final Map<LocalDate, Map<String, String>> liveBenchCategories = new ConcurrentHashMap<>();

    /** The date used for snapshots whose file carries no date. */
    final LocalDate today;

    ImportContext(LocalDate today) {
        this.today = today;
    }

    void forgetResolvedNames() {
        vendors.clear();
        models.clear();
        benchmarks.clear();
        benchmarkEntities.clear();
    }
}
