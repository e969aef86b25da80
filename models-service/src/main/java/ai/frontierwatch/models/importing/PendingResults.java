package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.service.Outcome;
import ai.frontierwatch.models.service.ResultService;
import ai.frontierwatch.models.service.ResultService.Measurement;
import jakarta.transaction.TransactionScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The measurements of an import transaction, written together when its rows have run: one read of the
 * existing results, one batch of inserts and one of outbox events instead of a round trip per row each.
 * A row's outcome is counted in its tally when the batch is written, inside the same transaction.
 */
@TransactionScoped
public class PendingResults {

    private record Pending(Measurement measurement, FileImport.Tally tally) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(Measurement m, FileImport.Tally tally) {
        pending.add(new Pending(m, tally));
    }

    /** Records what the rows measured, in row order, and counts each outcome in its row's tally. */
    void write(ResultService results, boolean lockPairs) {
        if (pending.isEmpty()) {
            return;
        }
        List<Outcome> outcomes = results.recordAll(pending.stream().map(Pending::measurement).toList(),
                lockPairs);
        for (int i = 0; i < outcomes.size(); i++) {
            pending.get(i).tally().add(outcomes.get(i));
        }
        pending.clear();
    }
}
