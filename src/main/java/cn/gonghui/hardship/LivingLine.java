package cn.gonghui.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The minimum-living line in force from a day, with the multipliers that go with it. */
public record LivingLine(LocalDate from, BigDecimal monthly, BigDecimal relativeMultiplier, BigDecimal accidentCostShare) {
}
