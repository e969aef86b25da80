package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark scores an article states, from its tables and its prose, resolved through the catalogue.
 * Tables: header cells naming models (or benchmarks) and a column naming benchmarks (or models); every
 * numeric cell at a crossing is a claim, also when its benchmark is not in the catalogue (the name as written
 * is kept). Prose: see {@link ProseClaims}.
 */
public final class ClaimExtractor {

    private ClaimExtractor() {
    }

    public static List<ExtractedClaim> extract(Catalogue catalogue, ArticleState article) {
        return extract(catalogue, article, ArticleText.of(catalogue, article.title(), article.plainText()));
    }

    /** As {@link #extract(Catalogue, ArticleState)}, reading the prose from {@code text} (already folded). */
    public static List<ExtractedClaim> extract(Catalogue catalogue, ArticleState article, ArticleText text) {
        List<ExtractedClaim> claims = new ArrayList<>();
        List<ArticleState.Table> tables = article.tables() == null ? List.of() : article.tables();
        for (int t = 0; t < tables.size(); t++) {
            claims.addAll(fromTable(catalogue, t, tables.get(t)));
        }
        claims.addAll(ProseClaims.extract(catalogue, text));
        return claims;
    }

    static List<ExtractedClaim> fromTable(Catalogue catalogue, int tableIndex, ArticleState.Table table) {
        List<String> header = table.header() == null ? List.of() : table.header();
        List<List<String>> rows = table.rows() == null ? List.of() : table.rows();
        if (header.isEmpty() && !rows.isEmpty()) {
            header = rows.get(0);
            rows = rows.subList(1, rows.size());
        }
        String caption = table.caption() == null ? "" : table.caption();
        List<Column> modelColumns = new ArrayList<>();
        List<Column> benchmarkColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String cell = header.get(c);
            int column = c;
            catalogue.firstModel(cell).ifPresent(h -> modelColumns.add(
                    new Column(column, Catalogue.idOf(h, EntityKind.MODEL).orElseThrow(), h.surface(), cell)));
            if (modelColumns.stream().noneMatch(m -> m.index == column)) {
                catalogue.firstBenchmark(cell).ifPresent(h -> benchmarkColumns.add(
                        new Column(column, Catalogue.idOf(h, EntityKind.BENCHMARK).orElseThrow(), h.surface(), cell)));
            }
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        if (!modelColumns.isEmpty()) {
            // Rows are benchmarks, columns are models.
            int nameColumn = nameColumn(rows, header.size(), modelColumns, cell -> catalogue.firstBenchmark(cell).isPresent());
            for (int r = 0; r < rows.size(); r++) {
                String nameCell = clean(cell(rows.get(r), nameColumn));
                if (nameCell.isEmpty()) {
                    continue;
                }
                Optional<NameHit> benchmark = catalogue.firstBenchmark(nameCell);
                String benchmarkId = benchmark.flatMap(h -> Catalogue.idOf(h, EntityKind.BENCHMARK)).orElse(null);
                for (Column model : modelColumns) {
                    String valueCell = cell(rows.get(r), model.index);
                    int row = r;
                    Score.ofCell(valueCell).filter(s -> plausible(catalogue, benchmarkId, s)).ifPresent(s -> claims.add(
                            claim(catalogue, tableIndex, row, model.index, model.id, model.surface, benchmarkId,
                                    nameCell, s, Conditions.merge(Conditions.detect(nameCell),
                                            Conditions.detect(model.header), Conditions.detect(caption)),
                                    nameCell + " | " + clean(model.header) + " | " + clean(valueCell))));
                }
            }
        } else if (!benchmarkColumns.isEmpty()) {
            // Rows are models, columns are benchmarks.
            int nameColumn = nameColumn(rows, header.size(), benchmarkColumns, cell -> catalogue.firstModel(cell).isPresent());
            for (int r = 0; r < rows.size(); r++) {
                String nameCell = clean(cell(rows.get(r), nameColumn));
                if (nameCell.isEmpty()) {
                    continue;
                }
                Optional<NameHit> model = catalogue.firstModel(nameCell);
                String modelId = model.flatMap(h -> Catalogue.idOf(h, EntityKind.MODEL)).orElse(null);
                String modelName = model.map(NameHit::surface).orElse(nameCell);
                for (Column benchmark : benchmarkColumns) {
                    String valueCell = cell(rows.get(r), benchmark.index);
                    int row = r;
                    Score.ofCell(valueCell).filter(s -> plausible(catalogue, benchmark.id, s)).ifPresent(s -> claims.add(
                            claim(catalogue, tableIndex, row, benchmark.index, modelId, modelName, benchmark.id,
                                    clean(benchmark.header), s, Conditions.merge(Conditions.detect(benchmark.header),
                                            Conditions.detect(nameCell), Conditions.detect(caption)),
                                    nameCell + " | " + clean(benchmark.header) + " | " + clean(valueCell))));
                }
            }
        }
        return claims;
    }

    private record Column(int index, String id, String surface, String header) {
    }

    /** The column naming the row entities: the one whose cells resolve most often, else the first free one. */
    private static int nameColumn(List<List<String>> rows, int width, List<Column> valueColumns,
            java.util.function.Predicate<String> resolves) {
        int best = -1;
        int bestCount = -1;
        for (int c = 0; c < width; c++) {
            int column = c;
            if (valueColumns.stream().anyMatch(v -> v.index == column)) {
                continue;
            }
            int count = (int) rows.stream().filter(r -> resolves.test(cell(r, column))).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    static boolean plausible(Catalogue catalogue, String benchmarkId, Score score) {
        if (benchmarkId == null) {
            return true;
        }
        BenchmarkState b = catalogue.benchmark(benchmarkId).orElse(null);
        if (b == null) {
            return true;
        }
        if ("PERCENT".equals(b.unit()) && score.value() > 100) {
            return false;
        }
        return (b.minValue() == null || score.value() >= b.minValue())
                && (b.maxValue() == null || score.value() <= b.maxValue());
    }

    private static ExtractedClaim claim(Catalogue catalogue, int table, int row, int column, String modelId,
            String modelName, String benchmarkId, String benchmarkName, Score score, String conditions, String quote) {
        return new ExtractedClaim("t" + table + "r" + row + "c" + column, ExtractedClaim.Origin.TABLE, modelId,
                modelName, benchmarkId, benchmarkName, score.value(), score.decimals(), unit(catalogue, benchmarkId, score),
                conditions, quote, -1, -1, table, row, column);
    }

    static String unit(Catalogue catalogue, String benchmarkId, Score score) {
        if (score.percent()) {
            return "PERCENT";
        }
        return benchmarkId == null ? null : catalogue.benchmark(benchmarkId).map(BenchmarkState::unit).orElse(null);
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && row != null && column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    static String clean(String cell) {
        return cell == null ? "" : cell.replace("**", "").replace("__", "").strip();
    }
}
