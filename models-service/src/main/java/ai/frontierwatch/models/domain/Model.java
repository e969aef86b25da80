package ai.frontierwatch.models.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An AI model as released by its vendor (a version such as "Gemini 3 Pro", within a family such as "Gemini 3"). */
@Entity
@Table(name = "model")
public class Model extends CatalogEntity {

    @Column(name = "vendor_id")
    public UUID vendorId;

    public String family;

    public String modality;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "open_weights")
    public Boolean openWeights;

    @Column(name = "parameter_count")
    public Long parameterCount;

    @Column(name = "context_window")
    public Long contextWindow;

    @Column(name = "price_input")
    public BigDecimal priceInputPerMillion;

    @Column(name = "price_output")
    public BigDecimal priceOutputPerMillion;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(name = "price_as_of")
    public LocalDate priceAsOf;

    @Override
    public EntityKind kind() {
        return EntityKind.MODEL;
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public List<Object> contentSnapshot() {
        return Arrays.asList(slug, name, vendorId, List.copyOf(aliases), family, modality, releaseDate, openWeights,
                parameterCount, contextWindow, strip(priceInputPerMillion), strip(priceOutputPerMillion),
                priceCurrency, priceAsOf);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
