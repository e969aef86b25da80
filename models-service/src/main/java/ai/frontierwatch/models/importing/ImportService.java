package ai.frontierwatch.models.importing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Imports files that belong together (a dataset's several files) in one go: detects each file's format
 * from its content, then applies the files in dependency order (entities before the results that refer
 * to them), and reports per file what was created, updated, unchanged and which rows were rejected.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** An uploaded file: its name (for reports and dataset dates) and its bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    private final FormatDetector detector;
    private final ImportRunner runner;
    private final Map<ImportFormat, FormatImporter> importers = new EnumMap<>(ImportFormat.class);
    private final MeterRegistry metrics;

    public ImportService(FormatDetector detector, ImportRunner runner, Instance<FormatImporter> all,
            MeterRegistry metrics) {
        this.detector = detector;
        this.runner = runner;
        this.metrics = metrics;
        all.forEach(i -> importers.put(i.format(), i));
    }

    public ImportReport importFiles(List<Upload> uploads) {
        ImportContext ctx = new ImportContext(LocalDate.now(ZoneOffset.UTC));
        List<ParsedFile> files = new ArrayList<>(uploads.stream().map(u -> detector.detect(u.name(), u.bytes()))
                .toList());
        files.sort(Comparator.comparing(ParsedFile::format).thenComparing(ParsedFile::name));
        List<FileImport> reports = new ArrayList<>();
        for (ParsedFile file : files) {
            FileImport report = new FileImport(file.name(), file.format());
            reports.add(report);
            FormatImporter importer = importers.get(file.format());
            if (file.format() == ImportFormat.UNKNOWN) {
                report.error(1, file.problem() != null ? file.problem() : "format not recognised from the content");
                continue;
            }
            if (importer == null) {
                continue; // recognised, but holds nothing the catalogue records
            }
            try {
                runner.run(importer.plan(file, report, ctx), ctx);
            } catch (IOException | RuntimeException e) {
                LOG.warnf(e, "Import of %s failed", file.name());
                report.error(1, "could not be read: " + e.getMessage());
            }
        }
        List<ImportReport.FileResult> results = new ArrayList<>();
        uploads.forEach(u -> reports.stream().filter(r -> r.file.equals(u.name())).findFirst()
                .ifPresent(r -> {
                    if (!results.contains(r.result())) {
                        results.add(r.result());
                    }
                }));
        ImportReport report = ImportReport.of(results);
        metrics.counter("fw_import_rows", "outcome", "created").increment(report.created());
        metrics.counter("fw_import_rows", "outcome", "updated").increment(report.updated());
        metrics.counter("fw_import_rows", "outcome", "error").increment(report.errorCount());
        LOG.infof("Imported %d files: %d created, %d updated, %d unchanged, %d rejected rows", results.size(),
                report.created(), report.updated(), report.unchanged(), report.errorCount());
        return report;
    }
}
