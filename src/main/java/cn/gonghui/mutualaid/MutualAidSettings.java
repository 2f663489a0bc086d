package cn.gonghui.mutualaid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Who approves how much: the amounts a district sets, not a release. */
@ConfigMapping(prefix = "gonghui.mutual-aid")
public interface MutualAidSettings {

    /** A street officer approves claims up to this amount (yuan); above it only a district officer. */
    @WithDefault("5000.00")
    BigDecimal approvalThreshold();

    /**
     * A settlement of the medical insurance whose claim comes to at most this amount (yuan) is approved
     * and paid without anyone applying, when the member consented; above it the claim waits for an officer.
     */
    @WithDefault("3000.00")
    BigDecimal autoPayLimit();
}
