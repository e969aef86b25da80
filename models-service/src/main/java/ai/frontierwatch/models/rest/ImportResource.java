package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.edge.EdgeBodies;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.importing.ImportReport;
import ai.frontierwatch.models.importing.ImportService;
import ai.frontierwatch.models.importing.ImportService.Upload;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk import of catalogue files and public benchmark datasets")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import files that belong together",
            description = "One or more parts named 'file'. Formats are recognised from the content: the Frontier "
                    + "Watch catalogue JSON, Epoch AI CSVs (model_versions, benchmarks_runs, external_benchmark_*, "
                    + "capabilities index, benchmark list), LMArena leaderboard and model JSON, LiveBench tables and "
                    + "categories. Idempotent: the same files again change nothing. Bad rows are reported with "
                    + "their line and skipped; the good rows are kept.")
    public ImportReport importFiles(@RestForm("file") List<FileUpload> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("Send one or more multipart parts named 'file'");
        }
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload f : files) {
            String name = f.fileName() == null || f.fileName().isBlank() ? "file-" + (uploads.size() + 1)
                    : f.fileName();
            byte[] bytes = Files.readAllBytes(f.uploadedFile());
            EdgeBodies.checkText("file (" + name + ")", new String(bytes, StandardCharsets.UTF_8));
            uploads.add(new Upload(name, bytes));
        }
        return imports.importFiles(uploads);
    }
}
