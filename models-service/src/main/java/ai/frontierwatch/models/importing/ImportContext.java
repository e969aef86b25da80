package ai.frontierwatch.models.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** State shared by the files of one import request: resolved names and data one file lends another. */
public final class ImportContext {

    /** Folded name -> entity id, per kind; cleared when a transaction rolls back. */
    final Map<String, UUID> vendors = new HashMap<>();
    final Map<String, UUID> models = new HashMap<>();
    final Map<String, UUID> benchmarks = new HashMap<>();

    /** Benchmarks by id, read once per import (only their unit, range and name are used). */
    final Map<UUID, ai.frontierwatch.models.domain.Benchmark> benchmarkEntities = new HashMap<>();

    /** LiveBench release date -> task column -> category name, from the categories files. */
    final Map<LocalDate, Map<String, String>> liveBenchCategories = new HashMap<>();

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
