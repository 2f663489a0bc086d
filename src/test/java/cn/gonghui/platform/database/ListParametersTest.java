package cn.gonghui.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    @Test
    void aListOfSeveralBecomesSingleParametersPaddedToAPowerOfTwoWithItsLastValue() {
        ListParameters.Spread spread = ListParameters.spread("from A a where a.street in :streets order by a.id",
                Map.of("streets", List.of("s1", "s2", "s3")));

        assertThat(spread.text()).isEqualTo(
                "from A a where a.street in (:streets_0, :streets_1, :streets_2, :streets_3) order by a.id");
        assertThat(spread.parameters()).containsExactly(Map.entry("streets_0", "s1"), Map.entry("streets_1", "s2"),
                Map.entry("streets_2", "s3"), Map.entry("streets_3", "s3"));
    }

    @Test
    void aScopesConditionIsWrittenWithSingleParametersBesideTheQuerysOwn() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", 7);

        String twoStreets = ListParameters.in("a.streetId", "scopeStreets", List.of("s1", "s2"), parameters);
        String oneDistrict = ListParameters.in("d.districtId", "reach", List.of("x"), parameters);

        assertThat(twoStreets).isEqualTo("a.streetId in (:scopeStreets_0, :scopeStreets_1)");
        assertThat(oneDistrict).isEqualTo("d.districtId = :reach_0");
        assertThat(parameters).containsExactly(Map.entry("id", 7), Map.entry("scopeStreets_0", "s1"),
                Map.entry("scopeStreets_1", "s2"), Map.entry("reach_0", "x"));
    }

    @Test
    void oneValueTwiceIsAnEqualityWhereverTheListIsUsed() {
        ListParameters.Spread spread = ListParameters.spread(
                "from A a where a.id in (:ids) or a.parent IN ( :ids ) or a.other not in :ids",
                Map.of("ids", List.of("x", "x")));

        assertThat(spread.text()).isEqualTo("from A a where a.id = :ids_0 or a.parent = :ids_0 or a.other <> :ids_0");
        assertThat(spread.parameters()).containsExactly(Map.entry("ids_0", "x"));
    }

    @Test
    void aLongerNameThatStartsLikeTheListIsLeftAlone() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", List.of(1, 2));
        parameters.put("idSince", 5);

        ListParameters.Spread spread = ListParameters.spread("from A a where a.id not in :id and a.n > :idSince",
                parameters);

        assertThat(spread.text()).isEqualTo("from A a where a.id not in (:id_0, :id_1) and a.n > :idSince");
        assertThat(spread.parameters()).containsExactly(Map.entry("id_0", 1), Map.entry("id_1", 2),
                Map.entry("idSince", 5));
    }

    @Test
    void anEmptyListAVeryLongOneAndAListUsedOutsideAnInStayListParameters() {
        List<Integer> many = IntStream.range(0, ListParameters.MOST_SPREAD + 1).boxed().toList();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("none", List.of());
        parameters.put("many", many);
        parameters.put("tags", List.of("a"));
        String text = "from A a where a.x in :none or a.y in :many or array_contains(:tags, a.tag)";

        ListParameters.Spread spread = ListParameters.spread(text, parameters);

        assertThat(spread.text()).isEqualTo(text);
        assertThat(spread.parameters()).isEqualTo(parameters);
    }
}
