package ai.frontierwatch.articles.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The module's own small documents, one of each shape, under src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static ParsedDocument parse(String name) {
        return new DocumentParser().parse(DocumentText.decode(bytes(name), 5 * 1024 * 1024));
    }
}
