package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service does not start on figures it cannot trust. */
class LegalAidPolicyTest {

    // 2026-12-01 08:00 in Beijing
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theConfiguredFiguresAreUsed() {
        LegalAidPolicy policy = new LegalAidPolicy(settings("1000.00", "2023-09-01:2420.00", "2025-09-01:2540.00"), NOW);
        assertThat(policy.eligibility().minimumWages().steps()).hasSize(2);
    }

    @Test
    void aScheduleThatStartsAfterTodayIsRefused() {
        assertThatThrownBy(() -> new LegalAidPolicy(settings("1000.00", "2026-12-02:2700.00"), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-12-02");
        // the first of December in Beijing is already today at 08:00
        assertThat(new LegalAidPolicy(settings("1000.00", "2026-12-01:2700.00"), NOW).eligibility()).isNotNull();
    }

    @Test
    void aNegativeThresholdOrAMalformedEntryIsRefused() {
        assertThatThrownBy(() -> new LegalAidPolicy(settings("-1.00", "2023-09-01:2420.00"), NOW))
                .hasMessageContaining("amount-threshold");
        assertThatThrownBy(() -> new LegalAidPolicy(settings("1000.00", "2420.00"), NOW))
                .hasMessageContaining("'2420.00'");
    }

    private static LegalAidSettings settings(String threshold, String... minimumWage) {
        return new LegalAidSettings() {
            @Override
            public BigDecimal amountThreshold() {
                return new BigDecimal(threshold);
            }

            @Override
            public List<String> minimumWage() {
                return List.of(minimumWage);
            }
        };
    }
}
