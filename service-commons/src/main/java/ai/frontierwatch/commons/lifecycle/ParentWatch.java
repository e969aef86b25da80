package ai.frontierwatch.commons.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When started by the local launcher (which sets FW_PARENT_PID), ends this service once the launcher
 * is gone, so that no service outlives a killed {@code ./run}.
 */
@ApplicationScoped
public class ParentWatch {

    private static final Logger LOG = Logger.getLogger(ParentWatch.class);

    @ConfigProperty(name = "fw.parent-pid")
    Optional<Long> parentPid;

    void onStart(@Observes StartupEvent event) {
        parentPid.flatMap(ProcessHandle::of).ifPresent(parent -> Thread.ofPlatform().daemon().name("parent-watch")
                .start(() -> {
                    parent.onExit().join();
                    LOG.warnf("Launcher process %d is gone; shutting down", parent.pid());
                    Quarkus.asyncExit(0);
                }));
    }
}
