package cn.gonghui.hardship;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The hardship file line's view of its form: the household, the year's unavoidable costs and the
 * causes, all sensitive. The household comes twice: as people the rules reason about, and as the
 * list the member filed, which the approved file keeps word for word (the member's export shows it
 * so).
 */
record HardshipFileForm(Household household, JsonNode householdAsFiled, BigDecimal annualUnavoidableCosts,
        Set<String> causes) {

    @JsonCreator
    static HardshipFileForm filed(@JsonProperty("household") JsonNode household,
            @JsonProperty("annualUnavoidableCosts") BigDecimal annualUnavoidableCosts,
            @JsonProperty("causes") Set<String> causes) {
        JsonNode list = household == null ? JsonNodeFactory.instance.arrayNode() : household;
        return new HardshipFileForm(Household.of(list), list,
                annualUnavoidableCosts == null ? BigDecimal.ZERO : annualUnavoidableCosts,
                causes == null ? Set.of() : Set.copyOf(causes));
    }
}
