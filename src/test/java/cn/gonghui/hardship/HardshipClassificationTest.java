package cn.gonghui.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The classification at its boundaries, with Beijing's line of ¥1,450 a month, × 2, and 80 %. */
class HardshipClassificationTest {

    private static final LivingLine BEIJING = new LivingLine(LocalDate.parse("2025-07-01"), new BigDecimal("1450.00"),
            new BigDecimal("2"), new BigDecimal("0.80"));

    private static Household alone(String monthlyIncome) {
        return new Household(List.of(new Household.Person(0, "self", 40, "employed", null, new BigDecimal(monthlyIncome))));
    }

    private static HardshipClassification classify(Household household, String costs, String... causes) {
        return HardshipClassification.classify(household, new BigDecimal(costs), Set.of(causes), BEIJING);
    }

    @Test
    void belowTheLineIsDeepAndOnTheLineIsNot() {
        assertThat(classify(alone("1449.99"), "0").classification()).isEqualTo("deep");
        assertThat(classify(alone("1450.00"), "0").classification()).isEqualTo("relative");
    }

    @Test
    void belowTwiceTheLineIsRelativeAndOnItIsNot() {
        assertThat(classify(alone("2899.99"), "0").classification()).isEqualTo("relative");
        assertThat(classify(alone("2900.00"), "0", "unemployment").classification()).isEqualTo("not_eligible");
    }

    @Test
    void perCapitaIncomeIsTheYearsIncomeLessUnavoidableCostsPerMonthAndPerson() {
        Household family = new Household(List.of(
                new Household.Person(0, "self", 45, "employed", null, new BigDecimal("3000.00")),
                new Household.Person(1, "spouse", 44, "unemployed", null, new BigDecimal("0")),
                new Household.Person(2, "child", 19, "student", "university", new BigDecimal("0"))));
        HardshipClassification assessed = classify(family, "12000.00");
        // (36,000 − 12,000) / 12 / 3 = 666.67
        assertThat(assessed.perCapitaMonthlyIncome()).isEqualByComparingTo("666.67");
        assertThat(assessed.classification()).isEqualTo("deep");
        assertThat(family.students()).extracting(Household.Person::index).containsExactly(2);
    }

    @Test
    void anAccidentADisasterOrASeriousIllnessMakeAccidentHardshipAboveTheLines() {
        assertThat(classify(alone("5000.00"), "0", "illness").classification()).isEqualTo("accident");
        assertThat(classify(alone("5000.00"), "0", "disaster").classification()).isEqualTo("accident");
        assertThat(classify(alone("5000.00"), "0", "accident").classification()).isEqualTo("accident");
        assertThat(classify(alone("5000.00"), "0", "disability", "education_costs").classification())
                .isEqualTo("not_eligible");
        // below a line the line decides, whatever the cause
        assertThat(classify(alone("1000.00"), "0", "illness").classification()).isEqualTo("deep");
    }

    @Test
    void costsAboveEightyPercentOfTheYearsIncomeAreAccidentHardship() {
        // a year's income of 240,000: costs of 192,000 are exactly 80 %, one fen more is above
        assertThat(classify(alone("20000.00"), "192000.00").classification()).isEqualTo("not_eligible");
        HardshipClassification above = classify(alone("20000.00"), "192000.01");
        assertThat(above.classification()).isEqualTo("accident");
        assertThat(above.perCapitaMonthlyIncome()).isEqualByComparingTo("4000.00");
    }

    @Test
    void costsAboveTheIncomeMakeANegativePerCapitaIncomeAndDeepHardship() {
        HardshipClassification assessed = classify(alone("100.00"), "2400.00");
        assertThat(assessed.perCapitaMonthlyIncome()).isEqualByComparingTo("-100.00");
        assertThat(assessed.classification()).isEqualTo("deep");
    }

    @Test
    void theLineIsTheOneInForceOnTheDay() {
        HardshipSettings settings = settings(Map.of("2024-07-01", "1420.00", "2025-07-01", "1450.00"));
        assertThat(settings.lineOn(LocalDate.parse("2025-06-30")).monthly()).isEqualByComparingTo("1420.00");
        assertThat(settings.lineOn(LocalDate.parse("2025-07-01")).monthly()).isEqualByComparingTo("1450.00");
        assertThat(settings.lineOn(LocalDate.parse("2026-12-01")).monthly()).isEqualByComparingTo("1450.00");
        assertThatThrownBy(() -> settings.lineOn(LocalDate.parse("2024-06-30"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHouseholdHasSomeone() {
        assertThatThrownBy(() -> classify(new Household(List.of()), "0")).isInstanceOf(IllegalArgumentException.class);
    }

    private static HardshipSettings settings(Map<String, String> lines) {
        List<HardshipSettings.DatedLine> dated = lines.entrySet().stream().map(entry -> (HardshipSettings.DatedLine)
                new HardshipSettings.DatedLine() {
                    public LocalDate from() {
                        return LocalDate.parse(entry.getKey());
                    }

                    public BigDecimal monthly() {
                        return new BigDecimal(entry.getValue());
                    }

                    public BigDecimal relativeMultiplier() {
                        return new BigDecimal("2");
                    }

                    public BigDecimal accidentCostShare() {
                        return new BigDecimal("0.80");
                    }
                }).toList();
        return new HardshipSettings() {
            public List<DatedLine> minimumLivingLine() {
                return dated;
            }

            public int fileValidityMonths() {
                return 12;
            }

            public int recheckReminderDays() {
                return 30;
            }

            public BigDecimal livingSubsidyMonthly() {
                return new BigDecimal("200.00");
            }

            public Map<String, BigDecimal> educationAid() {
                return Map.of();
            }

            public String recheckCron() {
                return "off";
            }

            public String monthlyRunCron() {
                return "off";
            }
        };
    }
}
