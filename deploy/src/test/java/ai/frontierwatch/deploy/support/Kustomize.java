package ai.frontierwatch.deploy.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders kustomizations with {@code kubectl kustomize}, once per directory for the whole test run.
 * Paths are relative to the deploy module (the tests' working directory).
 */
public final class Kustomize {

    public static final Path MODULE = Path.of("").toAbsolutePath();
    public static final Path REPO = MODULE.getParent();

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    public static Manifests dev() {
        return render("overlays/dev");
    }

    public static Manifests prod() {
        return render("overlays/prod");
    }

    public static Manifests rebuildJob() {
        return render("jobs/insights-rebuild");
    }

    /** The restore of each database from its backups (restore/<cluster>). */
    public static List<Manifests> restores() {
        return List.of(render("restore/models-db"), render("restore/articles-db"), render("restore/insights-db"));
    }

    /** Both overlays: what operators deploy. */
    public static List<Manifests> overlays() {
        return List.of(dev(), prod());
    }

    public static Manifests render(String dir) {
        return RENDERED.computeIfAbsent(dir, Kustomize::run);
    }

    @SuppressWarnings("unchecked")
    private static Manifests run(String dir) {
        String kubectl = kubectl();
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", MODULE.resolve(dir).toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            String yaml = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + errors);
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
                if (doc != null) {
                    objects.add((Map<String, Object>) doc);
                }
            }
            return new Manifests(dir, List.copyOf(objects));
        } catch (IOException e) {
            throw new AssertionError("could not run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** kubectl from $KUBECTL or the PATH; its absence fails the build with what to install. */
    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl not found: the Kubernetes manifest tests render the overlays with "
                + "'kubectl kustomize' (kubectl 1.27 or newer). Install kubectl or set KUBECTL to its path.");
    }
}
