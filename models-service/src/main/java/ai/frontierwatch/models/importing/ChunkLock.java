package ai.frontierwatch.models.importing;

/**
 * Which mode of the import lock the chunk running on this thread holds. Chunks that only record results hold it
 * shared, lock the (model, benchmark) pairs they write, and run in parallel; a row that would create or change a
 * vendor, model or benchmark needs the lock exclusively, so in a shared chunk it aborts the chunk, which then
 * starts over holding the lock exclusively.
 */
final class ChunkLock {

    private static final ThreadLocal<Boolean> SHARED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ChunkLock() {
    }

    /** Thrown in a shared chunk by a row that writes the catalogue; the chunk rolls back and runs again exclusively. */
    static final class ExclusiveNeeded extends RuntimeException {
        ExclusiveNeeded() {
            super("the chunk writes vendors, models or benchmarks", null, false, false);
        }
    }

    /** Called before any write to vendors, models or benchmarks. */
    static void beforeCatalogWrite() {
        if (SHARED.get()) {
            throw new ExclusiveNeeded();
        }
    }

    static void runShared(Runnable work) {
        SHARED.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            SHARED.set(Boolean.FALSE);
        }
    }
}
