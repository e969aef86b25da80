package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.config.ImportConfig;
import ai.frontierwatch.models.service.ResultService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Applies planned rows in chunks, one transaction per chunk, so that a large import neither holds one huge
 * transaction nor pays one per row. Bad rows are reported and skipped; if a chunk still fails, its rows are
 * retried one transaction each so that only the failing row is lost.
 *
 * <p>Chunks of a file run in parallel while they only record results: they hold the import lock
 * ({@link ResultService#IMPORT_LOCK}) shared and lock the (model, benchmark) pairs they write, as single result
 * writes do. A chunk that would create or change a vendor, model or benchmark starts over holding the lock
 * exclusively, and the rest of its file then runs one chunk at a time, so concurrent imports cannot create the
 * same entity twice.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private enum Status { DONE, EXCLUSIVE_NEEDED }

    private final EntityManager em;
    private final ImportOps ops;
    private final int chunkSize;
    private final int parallelChunks;
    private final ExecutorService workers;
    private final Counter sharedChunks;
    private final Counter exclusiveChunks;

    public ImportRunner(EntityManager em, ImportOps ops, ImportConfig config, MeterRegistry metrics) {
        this.em = em;
        this.ops = ops;
        this.sharedChunks = Counter.builder("fw_import_chunks").tag("lock", "shared")
                .description("Import chunks committed, by the mode of the import lock they held").register(metrics);
        this.exclusiveChunks = Counter.builder("fw_import_chunks").tag("lock", "exclusive")
                .description("Import chunks committed, by the mode of the import lock they held").register(metrics);
        this.chunkSize = Math.max(1, config.chunkSize());
        this.parallelChunks = Math.max(1, config.parallelChunks());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelChunks, r -> {
            Thread t = new Thread(r, "import-chunk-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    public void run(List<PlannedRow> rows, ImportContext ctx) {
        List<List<PlannedRow>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += chunkSize) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + chunkSize)));
        }
        int next = parallelChunks > 1 ? runShared(chunks, ctx) : 0;
        for (int i = next; i < chunks.size(); i++) {
            runExclusive(chunks.get(i), ctx);
        }
    }

    private record Started(int index, CompletableFuture<Status> status) {
    }

    /**
     * Runs chunks in parallel, holding the import lock shared, until one needs it exclusively; returns the index of
     * the first chunk not started (the rest of the file runs exclusively).
     */
    private int runShared(List<List<PlannedRow>> chunks, ImportContext ctx) {
        ArrayDeque<Started> inFlight = new ArrayDeque<>();
        Context trace = Context.current();
        int next = 0;
        while (true) {
            while (next < chunks.size() && inFlight.size() < parallelChunks) {
                List<PlannedRow> chunk = chunks.get(next);
                inFlight.add(new Started(next++, CompletableFuture.supplyAsync(
                        trace.wrapSupplier(() -> runSharedChunk(chunk, ctx)), workers)));
            }
            Started oldest = inFlight.poll();
            if (oldest == null) {
                return next;
            }
            if (oldest.status().join() == Status.EXCLUSIVE_NEEDED) {
                List<Integer> again = new ArrayList<>(List.of(oldest.index()));
                for (Started s : inFlight) {
                    if (s.status().join() == Status.EXCLUSIVE_NEEDED) {
                        again.add(s.index());
                    }
                }
                again.forEach(i -> runExclusive(chunks.get(i), ctx));
                return next;
            }
        }
    }

    private Status runSharedChunk(List<PlannedRow> chunk, ImportContext ctx) {
        boolean[] committed = {false};
        try {
            ChunkLock.runShared(() -> committed[0] = runChunk(chunk, true));
        } catch (ChunkLock.ExclusiveNeeded e) {
            return Status.EXCLUSIVE_NEEDED;
        }
        if (!committed[0]) {
            ctx.forgetResolvedNames();
            chunk.forEach(row -> runAlone(row, ctx));
        }
        return Status.DONE;
    }

    private void runExclusive(List<PlannedRow> chunk, ImportContext ctx) {
        if (!runChunk(chunk, false)) {
            ctx.forgetResolvedNames();
            chunk.forEach(row -> runAlone(row, ctx));
        }
    }

    /** Runs a chunk in one transaction; false when it rolled back and its rows must be retried one by one. */
    private boolean runChunk(List<PlannedRow> chunk, boolean shared) {
        List<FileImport.Tally> tallies = new ArrayList<>();
        List<Runnable> errors = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock(shared);
                for (PlannedRow row : chunk) {
                    FileImport.Tally tally = new FileImport.Tally();
                    try {
                        row.action().apply(tally);
                    } catch (RowException e) {
                        errors.add(() -> row.file().error(row.line(), e.getMessage()));
                    }
                    // what the row wrote before a late error (e.g. the good cells of a table row) is kept
                    tallies.add(tally);
                    // entity writes flushed themselves; a small persistence context keeps later flushes cheap
                    em.flush();
                    em.clear();
                }
                // the chunk's results, counted in the rows' tallies
                ops.writePending(shared);
            });
        } catch (RuntimeException e) {
            if (exclusiveNeeded(e)) {
                throw new ChunkLock.ExclusiveNeeded();
            }
            LOG.debugf(e, "Import chunk rolled back; retrying its rows one by one");
            return false;
        }
        (shared ? sharedChunks : exclusiveChunks).increment();
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).file().add(tallies.get(i));
        }
        errors.forEach(Runnable::run);
        return true;
    }

    /** Runs one row in its own transaction, holding the import lock exclusively. */
    private void runAlone(PlannedRow row, ImportContext ctx) {
        FileImport.Tally tally = new FileImport.Tally();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock(false);
                row.action().apply(tally);
                ops.writePending(false);
            });
            row.file().add(tally);
        } catch (RowException e) {
            row.file().error(row.line(), e.getMessage());
        } catch (RuntimeException e) {
            ctx.forgetResolvedNames();
            LOG.warnf(e, "Import row %s:%d failed", row.file().file, row.line());
            row.file().error(row.line(), "could not be stored: " + rootMessage(e));
        }
    }

    private void lock(boolean shared) {
        em.createNativeQuery(shared ? "SELECT pg_advisory_xact_lock_shared(?1)" : "SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, ResultService.IMPORT_LOCK).getSingleResult();
    }

    private static boolean exclusiveNeeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ChunkLock.ExclusiveNeeded) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
