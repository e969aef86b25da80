package ai.frontierwatch.models.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ai.frontierwatch.models.service.ResultService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies planned rows in chunks, one transaction per chunk, so that a large import neither holds one huge
 * transaction nor pays one per row. Bad rows are reported and skipped; if a chunk still fails, its rows are
 * retried one transaction each so that only the failing row is lost. Each chunk holds the import lock
 * exclusively (see {@link ResultService#IMPORT_LOCK}), so concurrent imports cannot create the same entity
 * twice and single result writes wait for the chunk instead of racing it.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int CHUNK = 250;

    private final EntityManager em;
    private final ImportOps ops;

    public ImportRunner(EntityManager em, ImportOps ops) {
        this.em = em;
        this.ops = ops;
    }

    public void run(List<PlannedRow> rows, ImportContext ctx) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<PlannedRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            if (!runChunk(chunk)) {
                ctx.forgetResolvedNames();
                chunk.forEach(row -> runAlone(row, ctx));
            }
        }
    }

    private boolean runChunk(List<PlannedRow> chunk) {
        List<FileImport.Tally> tallies = new ArrayList<>();
        List<Runnable> errors = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock();
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
                ops.writePending();
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "Import chunk rolled back; retrying its rows one by one");
            return false;
        }
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).file().add(tallies.get(i));
        }
        errors.forEach(Runnable::run);
        return true;
    }

    private void runAlone(PlannedRow row, ImportContext ctx) {
        FileImport.Tally tally = new FileImport.Tally();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock();
                row.action().apply(tally);
                ops.writePending();
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

    private void lock() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, ResultService.IMPORT_LOCK)
                .getSingleResult();
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
