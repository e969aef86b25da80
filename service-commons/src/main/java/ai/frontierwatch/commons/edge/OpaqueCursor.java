package ai.frontierwatch.commons.edge;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.InputRules;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Page cursors as every service hands them out: the text of where a page ended, in URL-safe Base64. Clients treat
 * them as opaque; one they made up or damaged is a 400 naming the parameter, never a value that reaches a query.
 */
public final class OpaqueCursor {

    private OpaqueCursor() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor holds; null when absent or blank. */
    public static String decode(String name, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String position;
        try {
            position = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor.strip()))).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid(name);
        }
        if (position.isEmpty() || InputRules.parameter(position).isPresent()) {
            throw invalid(name);
        }
        return position;
    }

    /** The answer to a cursor whose text decodes but does not hold a position of this service. */
    public static ProblemException invalid(String name) {
        return ProblemException.invalidParameter(name, "is not a cursor this service gave out");
    }
}
