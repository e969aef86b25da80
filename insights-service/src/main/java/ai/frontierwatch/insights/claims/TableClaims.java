package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.claims.ModelLabels.Variant;
import ai.frontierwatch.insights.claims.TableText.Role;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.text.Conditions;
import ai.frontierwatch.text.FoldedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Benchmark scores stated by an article's tables. A table has models on one axis and benchmarks on the other,
 * whichever way round: the axis whose labels look like model names holds the models. Columns that say what a
 * row is about (benchmark, category) or how it was measured (# shots, metric, setting, framework) feed the
 * benchmark name and the conditions; columns and rows of sizes, lengths, costs, speeds or dates are no scores.
 * Every numeric cell at a model × benchmark crossing is a claim, with the names as written and the catalogue ids
 * only where the whole name resolves (and, for models, to the checkpoint the table is about).
 */
final class TableClaims {

    /** Cells of larger tables are not read: bounds the cost of one article. */
    private static final int MAX_ROWS = 1000;
    private static final int MAX_COLUMNS = 64;

    /** A note explaining a "*" on numbers as thinking mode ("标注*代表使用深度思考模式", "* thinking mode"). */
    private static final Pattern STAR_IS_THINKING = Pattern.compile(
            "[*＊]\\W{0,3}(?:代表|表示|为|是|means?|denotes?|indicates?|marks?|=|:|：)[^\\n。.;]{0,40}?(?:深度思考|思考模式|thinking)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING = Pattern.compile("(?i)[-–—/×✗]|n/?a|tbd|none");
    private static final Pattern ELO = Pattern.compile("(?i)(?<![a-z])(elo|rating)(?![a-z])");
    private static final Pattern PERCENTILE = Pattern.compile("(?i)percentile|百分位");
    private static final Pattern PERCENT = Pattern.compile("%|％|(?i)(?<![a-z])percent(?![a-z])");

    private final Catalogue catalogue;
    private final int tableIndex;
    private final String caption;
    private final List<String> header;
    /** Cell text without markup, every row {@code width} cells wide. */
    private final List<List<String>> rows;
    private final int width;
    /** The title of each row that titles the rows below it, else null. */
    private final List<String> titles;
    private final Variant tableVariant;
    private final boolean starIsThinking;

    private TableClaims(Catalogue catalogue, int tableIndex, ArticleState.Table table, Variant tableVariant,
            boolean starIsThinking) {
        this.catalogue = catalogue;
        this.tableIndex = tableIndex;
        this.caption = table.caption() == null ? "" : TableText.clean(table.caption());
        List<String> h = table.header() == null ? List.of() : table.header();
        List<List<String>> r = table.rows() == null ? List.of() : table.rows();
        if (h.stream().allMatch(c -> c == null || c.isBlank()) && !r.isEmpty()) {
            h = r.get(0) == null ? List.of() : r.get(0);
            r = r.subList(1, r.size());
        }
        r = r.subList(0, Math.min(r.size(), MAX_ROWS));
        this.width = Math.min(MAX_COLUMNS, Math.max(h.size(), r.stream().mapToInt(x -> x == null ? 0 : x.size())
                .max().orElse(0)));
        this.header = widened(h);
        this.rows = r.stream().map(this::widened).toList();
        this.titles = rows.stream().map(TableClaims::sectionTitle).toList();
        this.tableVariant = tableVariant;
        this.starIsThinking = starIsThinking;
    }

    private List<String> widened(List<String> cells) {
        List<String> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            out.add(cells != null && c < cells.size() ? TableText.clean(cells.get(c)) : "");
        }
        return out;
    }

    /** The claims of every table of an article; {@code text} is the article's text, for notes under tables. */
    static List<ExtractedClaim> read(Catalogue catalogue, List<ArticleState.Table> tables, String text) {
        boolean starIsThinking = text != null && STAR_IS_THINKING.matcher(text).find();
        List<Variant> variants = variants(catalogue, tables);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            claims.addAll(new TableClaims(catalogue, t, tables.get(t), variants.get(t), starIsThinking).claims());
        }
        return claims;
    }

    /** The claims of one table read on its own. */
    static List<ExtractedClaim> read(Catalogue catalogue, int tableIndex, ArticleState.Table table) {
        return new TableClaims(catalogue, tableIndex, table, ModelLabels.section(table.caption()), false).claims();
    }

    /**
     * The checkpoint each table is about: its caption says so, or, when an article shows the same models once
     * marked instruct/chat ("LLama3.1 405B Inst.") and once unmarked ("LLama3.1-405B"), the unmarked table is
     * about the base checkpoints.
     */
    private static List<Variant> variants(Catalogue catalogue, List<ArticleState.Table> tables) {
        List<Variant> out = new ArrayList<>();
        Set<String> instructNames = new HashSet<>();
        List<Set<String>> bareNames = new ArrayList<>();
        for (ArticleState.Table table : tables) {
            out.add(ModelLabels.section(table.caption()));
            Set<String> bare = new HashSet<>();
            for (String cell : modelAxis(catalogue, table)) {
                String label = ModelLabels.forResolution(TableText.clean(cell));
                if (ModelLabels.written(label) == Variant.INSTRUCT) {
                    instructNames.add(FoldedText.key(ModelLabels.withoutVariant(label)));
                } else if (ModelLabels.written(label) == Variant.UNKNOWN) {
                    bare.add(FoldedText.key(label));
                }
            }
            bareNames.add(bare);
        }
        for (int t = 0; t < tables.size(); t++) {
            if (out.get(t) == Variant.UNKNOWN && bareNames.get(t).stream().filter(instructNames::contains).count() >= 2) {
                out.set(t, Variant.BASE);
            }
        }
        return out;
    }

    /** The header cells and first-column cells of a table: where its model names are, either way round. */
    private static List<String> modelAxis(Catalogue catalogue, ArticleState.Table table) {
        List<String> cells = new ArrayList<>();
        if (table.header() != null) {
            cells.addAll(table.header().stream().limit(MAX_COLUMNS).filter(c -> c != null).toList());
        }
        if (table.rows() != null) {
            table.rows().stream().limit(MAX_ROWS).filter(r -> r != null && !r.isEmpty() && r.get(0) != null)
                    .forEach(r -> cells.add(r.get(0)));
        }
        return cells.stream().filter(c -> ModelLabels.looksLikeModel(catalogue, TableText.clean(c))).toList();
    }

    private List<ExtractedClaim> claims() {
        if (width < 2 || rows.isEmpty()) {
            return List.of();
        }
        Role[] roles = new Role[width];
        double[] numeric = new double[width];
        for (int c = 0; c < width; c++) {
            roles[c] = TableText.role(header.get(c));
            numeric[c] = numericShare(c);
        }
        List<Integer> modelColumns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (roles[c] == Role.NONE && numeric[c] >= 0.5 && ModelLabels.looksLikeModel(catalogue, header.get(c))) {
                modelColumns.add(c);
            }
        }
        // The column of distinct model names, if rows are models ("Leader" columns repeat a few names).
        int modelColumn = -1;
        int modelRows = 0;
        for (int c = 0; c < width; c++) {
            if (modelColumns.contains(c) || roles[c] == Role.NOT_A_SCORE || numeric[c] >= 0.5) {
                continue;
            }
            Set<String> models = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                String v = rows.get(r).get(c);
                if (titles.get(r) == null && ModelLabels.looksLikeModel(catalogue, v)) {
                    models.add(v);
                }
            }
            if (models.size() > modelRows || (models.size() == modelRows && modelRows > 0 && roles[c] == Role.MODEL)) {
                modelColumn = c;
                modelRows = models.size();
            }
        }
        if (!modelColumns.isEmpty() && modelColumns.size() >= modelRows) {
            return modelsInColumns(roles, numeric, modelColumns);
        }
        if (modelRows > 0) {
            return modelsInRows(roles, numeric, modelColumn);
        }
        return List.of();
    }

    /** The checkpoint each row is about: the table's, or the one its last section title names. */
    private List<Variant> sections() {
        List<Variant> out = new ArrayList<>(rows.size());
        Variant section = tableVariant;
        for (String title : titles) {
            if (title != null) {
                Variant v = ModelLabels.section(title);
                section = v != Variant.UNKNOWN ? v : tableVariant;
            }
            out.add(section);
        }
        return out;
    }

    /** Models head the value columns; each row is a benchmark named by the label column. */
    private List<ExtractedClaim> modelsInColumns(Role[] roles, double[] numeric, List<Integer> modelColumns) {
        int labelColumn = labelColumn(roles, numeric, modelColumns);
        if (labelColumn < 0) {
            return List.of();
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        List<Variant> sections = sections();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Variant section = sections.get(r);
            if (titles.get(r) != null) {
                continue;
            }
            String labelText = row.get(labelColumn);
            if (labelText.isEmpty() || labelText.length() > TableText.MAX_LABEL || TableText.notAScore(labelText)) {
                continue;
            }
            TableText.Label label = TableText.label(labelText);
            String rowConditions = Conditions.merge(label.conditions(), rowConditions(roles, row));
            Optional<String> benchmarkId = benchmark(label.name());
            for (int c : modelColumns) {
                ModelLabels.Written model = ModelLabels.written(header.get(c), catalogue, section);
                String conditions = Conditions.merge(rowConditions, model.conditions());
                add(claims, r, c, row, model, benchmarkId, label, conditions, unitHint(labelText),
                        labelText + " | " + header.get(c));
            }
        }
        return claims;
    }

    /** Models label the rows; each value column is a benchmark named by its header. */
    private List<ExtractedClaim> modelsInRows(Role[] roles, double[] numeric, int modelColumn) {
        List<Integer> benchmarkColumns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String h = header.get(c);
            if (c != modelColumn && roles[c] == Role.NONE && !h.isEmpty() && h.length() <= TableText.MAX_LABEL
                    && numeric[c] >= 0.5 && !TableText.onlyAMetric(h) && !ModelLabels.looksLikeModel(catalogue, h)) {
                benchmarkColumns.add(c);
            }
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        List<Variant> sections = sections();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Variant section = sections.get(r);
            if (titles.get(r) != null) {
                continue;
            }
            String modelLabel = row.get(modelColumn);
            if (modelLabel.isEmpty() || modelLabel.length() > TableText.MAX_LABEL
                    || !ModelLabels.looksLikeModel(catalogue, modelLabel)) {
                continue;
            }
            ModelLabels.Written model = ModelLabels.written(modelLabel, catalogue, section);
            String conditions = Conditions.merge(rowConditions(roles, row), model.conditions());
            for (int c : benchmarkColumns) {
                TableText.Label label = TableText.label(header.get(c));
                add(claims, r, c, row, model, benchmark(label.name()), label,
                        Conditions.merge(conditions, label.conditions()), unitHint(header.get(c)),
                        modelLabel + " | " + header.get(c));
            }
        }
        return claims;
    }

    /** The claims of the cell at row {@code r}, column {@code c}; {@code place} names its row and column as written. */
    private void add(List<ExtractedClaim> claims, int r, int c, List<String> row, ModelLabels.Written model,
            Optional<String> benchmarkId, TableText.Label label, String conditions, String unitHint, String place) {
        TableCell cell = TableCell.parse(row.get(c));
        if (cell.isEmpty()) {
            return;
        }
        String stated = cell.starred() && starIsThinking ? Conditions.merge(conditions, "thinking") : conditions;
        String captionConditions = Conditions.detect(caption);
        stated = Conditions.merge(stated, captionConditions);
        String quote = place + " | " + row.get(c);
        if (cell.values().size() == 1) {
            addIfPlausible(claims, claim("t" + tableIndex + "r" + r + "c" + c, r, c, model, benchmarkId, label.name(),
                    cell.values().get(0), stated, unitHint, quote));
        } else if (label.pair().size() == 2) {
            // "42.2/36.6" under "eng->kgv/kgv->eng": one score per named part; unexplained pairs are skipped.
            for (int i = 0; i < 2; i++) {
                addIfPlausible(claims, claim("t" + tableIndex + "r" + r + "c" + c + (char) ('a' + i), r, c, model,
                        benchmarkId, label.name(), cell.values().get(i),
                        Conditions.merge(stated, Conditions.normalize(label.pair().get(i))), unitHint, quote));
            }
        }
    }

    private static void addIfPlausible(List<ExtractedClaim> claims, ExtractedClaim claim) {
        if (claim != null) {
            claims.add(claim);
        }
    }

    /** The claim of one score, or null when the score is implausible for its benchmark or unit. */
    private ExtractedClaim claim(String locator, int r, int c, ModelLabels.Written model, Optional<String> benchmarkId,
            String benchmarkName, Score score, String conditions, String unitHint, String quote) {
        String benchmark = benchmarkId.orElse(null);
        String unit = score.percent() ? "PERCENT" : unitHint != null ? unitHint
                : benchmark == null ? null : catalogue.benchmark(benchmark).map(BenchmarkState::unit).orElse(null);
        if (!plausible(benchmark, score, unit)) {
            return null;
        }
        return new ExtractedClaim(locator, ExtractedClaim.Origin.TABLE, model.id().orElse(null), model.name(), benchmark,
                benchmarkName, score.value(), score.decimals(), unit, conditions, quote, -1, -1, tableIndex, r, c);
    }

    private boolean plausible(String benchmarkId, Score score, String unit) {
        if ("PERCENT".equals(unit) && score.value() > 100) {
            return false;
        }
        return ClaimExtractor.plausible(catalogue, benchmarkId, score);
    }

    /** Conditions stated by the shots, metric and setting columns of a row. */
    private String rowConditions(Role[] roles, List<String> row) {
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String value = row.get(c);
            if (value.isEmpty() || value.equals("-") || value.length() > 60) {
                continue;
            }
            switch (roles[c]) {
                case SHOTS -> tokens.add(TableText.shots(value));
                case METRIC, SETTING -> tokens.add(Conditions.qualifier(value));
                default -> {
                }
            }
        }
        return Conditions.merge(tokens.toArray(String[]::new));
    }

    /** The unit a header or label names: "(%)", "Elo", "rating", "percentile"; null when it names none. */
    private static String unitHint(String label) {
        if (PERCENTILE.matcher(label).find()) {
            return "PERCENTILE";
        }
        if (PERCENT.matcher(label).find()) {
            return "PERCENT";
        }
        return ELO.matcher(label).find() ? "ELO" : null;
    }

    /**
     * The column naming each row's benchmark: the text column with the most distinct labels (a category column
     * repeats or leaves cells empty), one its header calls so counting one more, the rightmost on a tie.
     */
    private int labelColumn(Role[] roles, double[] numeric, List<Integer> modelColumns) {
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < width; c++) {
            if (modelColumns.contains(c) || numeric[c] >= 0.5
                    || !(roles[c] == Role.NONE || roles[c] == Role.LABEL || roles[c] == Role.MODEL)) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                String v = rows.get(r).get(c);
                if (!v.isEmpty() && titles.get(r) == null) {
                    distinct.add(v);
                }
            }
            int count = distinct.size() + (roles[c] == Role.LABEL ? 1 : 0);
            if (distinct.size() > 0 && count >= bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** A row that titles the rows below it: one non-empty cell, or every cell the same text (an expanded colspan). */
    private static String sectionTitle(List<String> row) {
        String first = null;
        int filled = 0;
        boolean same = true;
        for (String v : row) {
            if (v.isEmpty()) {
                continue;
            }
            filled++;
            if (first == null) {
                first = v;
            } else if (!first.equals(v)) {
                same = false;
            }
        }
        if (first == null || !TableCell.parse(first).isEmpty()) {
            return null;
        }
        return filled == 1 || (same && filled == row.size()) ? first : null;
    }

    /** Share of a column's non-empty cells that hold a score ('-' and 'N/A' count as empty). */
    private double numericShare(int column) {
        int filled = 0;
        int numeric = 0;
        for (List<String> row : rows) {
            String v = row.get(column);
            if (v.isEmpty() || MISSING.matcher(v).matches()) {
                continue;
            }
            filled++;
            if (!TableCell.parse(v).isEmpty()) {
                numeric++;
            }
        }
        return filled == 0 ? 0 : (double) numeric / filled;
    }

    /** The catalogue benchmark named by the whole of {@code name}, if exactly one is. */
    private Optional<String> benchmark(String name) {
        String s = name.strip();
        List<NameHit> hits = s.isEmpty() ? List.of() : catalogue.benchmarkIndex().find(s);
        if (hits.size() != 1 || hits.get(0).start() != 0 || hits.get(0).end() != s.length()) {
            return Optional.empty();
        }
        return Catalogue.idOf(hits.get(0), EntityKind.BENCHMARK);
    }

}
