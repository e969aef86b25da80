package ai.frontierwatch.models.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 4180 CSV table: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF; a
 * leading byte-order mark is ignored. Each row remembers the line it starts on, for error reports.
 */
public final class CsvTable {

    /** One data row: its 1-based starting line in the file and its cells by column name. */
    public record Row(long line, Map<String, String> cells) {

        /** The trimmed cell, or "" when absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumns(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** Parses text (BOM already removed or not); fails on an unterminated quote. */
    public static CsvTable parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        long line = 1;
        long recordStart = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    starts.add(recordStart);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordStart = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field starting on line " + recordStart);
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            starts.add(recordStart);
        }
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> cells = new HashMap<>();
            for (int col = 0; col < header.size() && col < values.size(); col++) {
                cells.put(header.get(col), values.get(col));
            }
            rows.add(new Row(starts.get(r), cells));
        }
        return new CsvTable(header, rows);
    }
}
