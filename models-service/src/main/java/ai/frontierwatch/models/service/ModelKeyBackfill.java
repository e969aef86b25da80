package ai.frontierwatch.models.service;

import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.repository.NameIndexRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Computes the identity key of every model name that has none yet or one computed under older rules
 * ({@link NameKeys#MODEL_KEY_RULES}), when the service starts, before it serves: after the migration that added the
 * column, and after every change of the rules. Names written since carry theirs already. Replicas starting together do
 * the same work twice, harmlessly; a replica with older rules never undoes newer keys.
 */
@ApplicationScoped
public class ModelKeyBackfill {

    private static final Logger LOG = Logger.getLogger(ModelKeyBackfill.class);
    static final int BATCH = 2000;

    private final NameIndexRepository names;

    public ModelKeyBackfill(NameIndexRepository names) {
        this.names = names;
    }

    void onStart(@Observes StartupEvent event) {
        int rows = run();
        if (rows > 0) {
            LOG.infof("Computed the identity key of %d model names (rules %d)", rows, NameKeys.MODEL_KEY_RULES);
        }
    }

    /** Brings every stale row up to date, a batch of names per transaction; returns the rows updated. */
    public int run() {
        int rows = 0;
        while (true) {
            int updated = QuarkusTransaction.requiringNew().call(() -> {
                List<String> surfaces = names.surfacesWithStaleModelKey(BATCH);
                Map<String, String> keys = new HashMap<>();
                surfaces.forEach(s -> keys.put(s, NameKeys.modelKey(s)));
                return surfaces.isEmpty() ? -1 : names.storeModelKeys(keys);
            });
            if (updated <= 0) {
                return rows;
            }
            rows += updated;
        }
    }
}
