package ai.frontierwatch.models.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An RFC 4180 CSV table read with FastCSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or
 * LF; a leading byte-order mark is ignored; empty lines are skipped. Each row remembers the line it starts on, for
 * error reports.
 *
 * <p>Rows are not kept: each pass over {@link #rows()} reads them from the text again, so a table costs the text
 * and its header, not a map per row.
 */
public final class CsvTable {

    private static final Pattern RECORD_START = Pattern.compile("record starting at line (\\d+)");

    /** One data row: its 1-based starting line in the file and its cells, by column through the table's header. */
    public static final class Row {
        private final long line;
        private final Map<String, Integer> columns;
        private final List<String> fields;

        private Row(long line, Map<String, Integer> columns, List<String> fields) {
            this.line = line;
            this.columns = columns;
            this.fields = fields;
        }

        public long line() {
            return line;
        }

        /** The trimmed cell, or "" when absent. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }
    }

    private final String text;
    private final List<String> header;
    /** Column name -> index; with repeated names the last column wins. */
    private final Map<String, Integer> columns;
    private final boolean hasRows;

    private CsvTable(String text, List<String> header, boolean hasRows) {
        this.text = text;
        this.header = header;
        this.hasRows = hasRows;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        this.columns = Map.copyOf(index);
    }

    public List<String> header() {
        return header;
    }

    /** The data rows, read lazily from the text on each iteration. */
    public Iterable<Row> rows() {
        return () -> {
            Iterator<CsvRecord> records = reader(text).iterator();
            if (records.hasNext()) {
                records.next(); // the header; parse() read it
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    CsvRecord r = records.next();
                    return new Row(r.getStartingLineNumber(), columns, r.getFields());
                }
            };
        };
    }

    public Stream<Row> stream() {
        return reader(text).stream().skip(1).map(r -> new Row(r.getStartingLineNumber(), columns, r.getFields()));
    }

    public boolean hasRows() {
        return hasRows;
    }

    public boolean hasColumns(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the header and checks the whole text once (keeping no row); fails on malformed CSV such as an
     * unterminated quote.
     */
    public static CsvTable parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> header = null;
        boolean hasRows = false;
        try {
            for (CsvRecord r : reader(text)) {
                if (header == null) {
                    header = r.getFields().stream().map(String::strip).toList();
                } else {
                    hasRows = true;
                }
            }
        } catch (CsvParseException e) {
            throw new IllegalArgumentException(message(e), e);
        }
        return new CsvTable(text, header == null ? List.of() : header, hasRows);
    }

    @SuppressWarnings("removal")
    private static CsvReader<CsvRecord> reader(String text) {
        return CsvReader.builder()
                .allowUnclosedQuote(false)
                // rows shorter or longer than the header: missing cells read as "", extra ones are ignored
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                // text after a closing quote joins the field ("a"b reads ab), as files were accepted before
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text);
    }

    private static String message(CsvParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        Matcher start = RECORD_START.matcher(m);
        if (m.startsWith("Unclosed quoted field") && start.find()) {
            return "unterminated quoted field starting on line " + start.group(1);
        }
        return m;
    }
}
