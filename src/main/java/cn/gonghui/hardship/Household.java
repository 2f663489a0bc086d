package cn.gonghui.hardship;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The household of a hardship file as its form lists it: no names, each member by relation, age,
 * work or school and monthly disposable income. The year's income is derived from the members'
 * monthly incomes (× 12), so the member states each income once and the two cannot disagree.
 */
public record Household(List<Person> members) {

    public record Person(int index, String relation, int age, String status, String schoolLevel, BigDecimal monthlyIncome) {

        public boolean isStudent() {
            return "student".equals(status);
        }
    }

    /** From the validated {@code household} list of a form. */
    public static Household of(JsonNode list) {
        List<Person> members = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (int index = 0; index < list.size(); index++) {
                JsonNode item = list.get(index);
                members.add(new Person(index, item.path("relation").asText(), item.path("age").asInt(),
                        item.path("status").asText(), item.hasNonNull("schoolLevel") ? item.get("schoolLevel").asText() : null,
                        new BigDecimal(item.path("monthlyIncome").asText("0"))));
            }
        }
        return new Household(List.copyOf(members));
    }

    public int size() {
        return members.size();
    }

    public BigDecimal annualIncome() {
        return members.stream().map(Person::monthlyIncome).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(12));
    }

    public List<Person> students() {
        return members.stream().filter(Person::isStudent).toList();
    }
}
