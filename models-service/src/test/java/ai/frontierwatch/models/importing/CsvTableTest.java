package ai.frontierwatch.models.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void bomCrlfQuotedMultiLineFieldsAndLineNumbers() {
        String text = "\uFEFFid,Notes,Score\r\n"
                + "a,\"first line\r\nsecond, with comma\",53.6%\r\n"
                + "b,\"say \"\"hi\"\"\",12\r\n"
                + "c,,7";
        CsvTable csv = CsvTable.parse(text);
        assertThat(csv.header()).containsExactly("id", "Notes", "Score");
        List<CsvTable.Row> rows = csv.stream().toList();
        assertThat(rows).hasSize(3);
        assertThat(csv.rows()).hasSize(3);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get("Notes")).isEqualTo("first line\r\nsecond, with comma");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get("Notes")).isEqualTo("say \"hi\"");
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).get("Notes")).isEmpty();
        assertThat(Numbers.parse(rows.get(0).get("Score"))).isEqualTo(53.6);
    }

    @Test
    void unterminatedQuoteIsReported() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,\"open\n2,3\n"))
                .hasMessage("unterminated quoted field starting on line 2");
    }

    @Test
    void numbersAndDatesOfPublicDatasets() {
        assertThat(Numbers.parse(" 1,234.5 ")).isEqualTo(1234.5);
        assertThat(Numbers.parse("n/a")).isNull();
        assertThat(Numbers.parse("")).isNull();
        assertThat(Numbers.date("17 November 2025 4:28pm")).hasToString("2025-11-17");
        assertThat(Numbers.date("2024/12/21")).hasToString("2024-12-21");
        assertThat(Numbers.dateInName("table_2025_04_02.csv")).hasToString("2025-04-02");
        assertThat(Numbers.dateInName("leaderboard-text.2025-05-24.json")).hasToString("2025-05-24");
        assertThat(Numbers.dateInName("leaderboard-text.json")).isNull();
    }
}
