package cn.gonghui.legalaid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** The figures of legal aid's eligibility, per city: they change by notice, not by release. */
@ConfigMapping(prefix = "gonghui.legal-aid")
public interface LegalAidSettings {

    /** Full aid from this amount in dispute, in yuan. */
    @WithDefault("1000.00")
    BigDecimal amountThreshold();

    /** The local monthly minimum wage, {@code YYYY-MM-DD:amount} per figure, oldest first. */
    List<String> minimumWage();
}
