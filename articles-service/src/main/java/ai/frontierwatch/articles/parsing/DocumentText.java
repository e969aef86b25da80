package ai.frontierwatch.articles.parsing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into document text: strict UTF-8 (a broken byte is an error, not a replacement character). */
public final class DocumentText {

    private DocumentText() {
    }

    public static String decode(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "The document is empty");
        }
        if (bytes.length > maxBytes) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                    "The document has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.NOT_UTF8,
                    "The document is not valid UTF-8 (" + e.getMessage() + ")");
        }
        return normalize(text);
    }

    /** Byte-order mark dropped, line ends unified, NUL characters (PostgreSQL cannot store them) removed. */
    public static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        if (t.isBlank()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY,
                    "The document holds only white space");
        }
        return t;
    }
}
