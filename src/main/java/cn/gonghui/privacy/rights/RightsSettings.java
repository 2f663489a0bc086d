package cn.gonghui.privacy.rights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/** The member's rights as configured: current privacy policies, the export limit, the erasure deadline. */
@ConfigMapping(prefix = "gonghui.privacy.rights")
public interface RightsSettings {

    /**
     * The current version of the privacy policy of each purpose. A member consents to one version;
     * a new version here makes every older consent stop counting until the member agrees again.
     * Every purpose must have one: the service does not start without.
     */
    PolicyVersions policyVersions();

    /** At most one data export per member within this period. */
    @WithDefault("PT10M")
    Duration exportInterval();

    /** The deadline a deletion request promises (PIPL: within 30 days); the job acts sooner. */
    @WithDefault("P30D")
    Duration deletionPeriod();

    /** How often each instance looks for deletion requests to carry out (read by the scheduler). */
    @WithDefault("10m")
    String eraseEvery();

    /** A version is what a client sends back when the member agrees, so it has the format the API accepts. */
    interface PolicyVersions {

        String FORMAT = "^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$";

        @Pattern(regexp = FORMAT)
        String membership();

        @WithName("legal-aid")
        @Pattern(regexp = FORMAT)
        String legalAid();

        @Pattern(regexp = FORMAT)
        String hardship();

        @Pattern(regexp = FORMAT)
        String card();

        @WithName("mutual-aid")
        @Pattern(regexp = FORMAT)
        String mutualAid();

        default String of(Purpose purpose) {
            return switch (purpose) {
                case MEMBERSHIP -> membership();
                case LEGAL_AID -> legalAid();
                case HARDSHIP -> hardship();
                case CARD -> card();
                case MUTUAL_AID -> mutualAid();
            };
        }
    }
}
