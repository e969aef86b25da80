package ai.frontierwatch.models.importing;

import java.io.IOException;
import java.util.List;

/** Turns one recognised file into rows to apply. */
public interface FormatImporter {

    ImportFormat format();

    List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) throws IOException;
}
