package cn.gonghui.privacy.rights;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Consents as the member sees and gives them. */
public final class ConsentViews {

    private static final String VERSION_EXAMPLE = "2026-11";

    private ConsentViews() {
    }

    @Schema(name = "Consent", description = "一项用途的同意状态 / The member's consent to one purpose")
    public record ConsentView(
            Purpose purpose,
            @Schema(description = "是否为敏感个人信息，需要单独同意 / Whether it covers sensitive personal information and "
                    + "needs its own, separate consent", examples = "false")
            boolean sensitive,
            @Schema(description = "是否已同意现行版本的隐私政策；未同意时不能申请该用途的服务 / Whether the member consented to "
                    + "the current policy version; without it, the purpose's services cannot be applied for",
                    examples = "true")
            boolean consented,
            @Schema(description = "所同意的隐私政策版本；旧版本的同意不再有效 / The policy version consented to; a consent to "
                    + "an older version no longer counts", examples = VERSION_EXAMPLE, maxLength = 20,
                    pattern = RightsSettings.PolicyVersions.FORMAT, nullable = true)
            String policyVersion,
            @Schema(description = "同意时间 / When the consent was given", nullable = true, format = "date-time",
                    maxLength = 35)
            Instant consentedAt,
            @Schema(description = "现行隐私政策版本，同意时须提交这个版本 / The current policy version, to be sent when "
                    + "consenting", examples = VERSION_EXAMPLE, maxLength = 20,
                    pattern = RightsSettings.PolicyVersions.FORMAT)
            String currentPolicyVersion) {
    }

    @Schema(name = "Consents", description = "各项用途的同意状态 / The member's consent to every purpose")
    public record ConsentList(
            @Schema(description = "每项用途一条 / One per purpose", maxItems = 10) List<ConsentView> items) {
    }

    @Schema(name = "ConsentRequest", description = "同意某一版本的隐私政策 / Consent to a version of the privacy policy")
    public record ConsentRequest(
            @NotNull
            @Pattern(regexp = RightsSettings.PolicyVersions.FORMAT)
            @Schema(description = "会员阅读并同意的隐私政策版本，须为现行版本 / The policy version the member read and "
                    + "agreed to; must be the current one", examples = VERSION_EXAMPLE, maxLength = 20,
                    pattern = RightsSettings.PolicyVersions.FORMAT, required = true)
            String policyVersion) {
    }

    @Schema(name = "ConsentRecord", description = "同意的历史记录 / A consent in the history")
    public record ConsentRecordView(
            Purpose purpose,
            @Schema(description = "所同意的隐私政策版本 / The policy version consented to", examples = VERSION_EXAMPLE,
                    maxLength = 20, pattern = RightsSettings.PolicyVersions.FORMAT)
            String policyVersion,
            @Schema(description = "同意时间 / When it was given") Instant grantedAt,
            @Schema(description = "结束时间 / When it ended", nullable = true, format = "date-time", maxLength = 35)
            Instant withdrawnAt,
            @Schema(description = "结束原因：撤回、同意了新版本、账号注销 / Why it ended: withdrawn, renewed for a newer "
                    + "version, or the member was erased", enumeration = {"withdrawn", "renewed", "erased"},
                    nullable = true)
            String endedWhy) {

        static ConsentRecordView of(Consent consent) {
            return new ConsentRecordView(consent.purpose, consent.policyVersion, consent.grantedAt, consent.withdrawnAt,
                    consent.endedWhy);
        }
    }
}
