package ai.frontierwatch.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed manifest lists every page query of the guide, each valid against the committed schema. */
class OperationManifestTest {

    private final Map<String, String> manifest = OperationManifest.read("persisted-operations.json");

    @Test
    void everyPageQueryIsListedAsItIsWritten() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("docs/pages"))) {
            pages.filter(p -> p.toString().endsWith(".graphql")).forEach(page -> {
                String document = read(page);
                assertThat(manifest.get(Sha256.hex(document))).as(page.toString()).isEqualTo(document);
            });
        }
    }

    @Test
    void everyListedOperationFitsTheSchema() {
        var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(read(Path.of("schema.graphql"))));
        manifest.forEach((hash, body) -> assertThat(new Validator()
                .validateDocument(schema, Parser.parse(body), Locale.ENGLISH)).as(hash).isEmpty());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
