package cn.gonghui.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What benefit merchants send and get back. */
public final class MerchantViews {

    static final String TOKEN_PATTERN = "^[A-Za-z0-9_-]{1,100}\\.[A-Za-z0-9_-]{1,100}$";

    private MerchantViews() {
    }

    @Schema(name = "CardVerificationRequest", description = "核验会员卡：会员动态码或卡号，二选一 / Verify a card: the "
            + "member's QR token or the card number, exactly one")
    public record VerificationRequest(
            @Size(max = 201)
            @Pattern(regexp = TOKEN_PATTERN)
            @Schema(description = "会员出示的动态码内容 / The QR token the member shows", maxLength = 201,
                    pattern = TOKEN_PATTERN, nullable = true) String qrToken,
            @Pattern(regexp = "^[0-9]{16,19}$")
            @Schema(description = "卡号 / Card number", examples = "6214830100060366", minLength = 16, maxLength = 19,
                    pattern = "^[0-9]{16,19}$", nullable = true) String cardNumber) {
    }

    @Schema(name = "CardVerification", description = "核验结果（动态码不因核验而失效）/ The answer; verifying does not "
            + "use the QR token up")
    public record VerificationView(
            @Schema(description = "是否有效 / Valid or not", required = true) boolean valid,
            @Schema(description = "无效的原因：expired 动态码已过期，used 已用于一次优惠，unknown 无法识别，card_inactive "
                    + "卡片不在使用中 / Why not: expired, used, unknown, card_inactive", nullable = true,
                    enumeration = {"expired", "used", "unknown", "card_inactive"}) String reason,
            @Schema(description = "持卡人姓名（脱敏）/ The holder's name, masked", examples = "王**", maxLength = 40,
                    nullable = true) String maskedName,
            @Schema(description = "会籍状态 / Membership status", enumeration = {"active", "ended", "none"},
                    nullable = true) String membershipStatus,
            @Schema(description = "卡号后四位 / Card's last four digits", examples = "0366", maxLength = 4,
                    nullable = true) String cardLastFour) {
    }

    @Schema(name = "BenefitUseRequest", description = "记录一次普惠服务使用；带 Idempotency-Key 重试不会重复记录 / "
            + "Records a benefit use; a retry with the same Idempotency-Key never records twice")
    public record BenefitUseRequest(
            @NotNull
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,39}$")
            @Schema(description = "服务项目代码 / Programme code", examples = "cinema", maxLength = 40,
                    pattern = "^[a-z0-9][a-z0-9-]{1,39}$", required = true) String programCode,
            @Size(max = 201)
            @Pattern(regexp = TOKEN_PATTERN)
            @Schema(description = "会员动态码（与卡号二选一；用后失效）/ The QR token (or the card number; used up by "
                    + "this)", maxLength = 201, pattern = TOKEN_PATTERN, nullable = true) String qrToken,
            @Pattern(regexp = "^[0-9]{16,19}$")
            @Schema(description = "卡号（与动态码二选一）/ Card number (or the QR token)", examples = "6214830100060366",
                    minLength = 16, maxLength = 19, pattern = "^[0-9]{16,19}$", nullable = true) String cardNumber,
            @NotNull
            @Pattern(regexp = "^\\d{1,10}\\.\\d{2}$")
            @Schema(description = "优惠金额（元，两位小数，大于 0）/ Amount in yuan, two decimals, above zero",
                    examples = "35.00", pattern = "^\\d{1,10}\\.\\d{2}$", maxLength = 13, required = true) String amount) {
    }

    @Schema(name = "BenefitUseRecorded", description = "已记录的普惠服务使用 / A recorded benefit use")
    public record BenefitUseView(
            @Schema(description = "编号 / Id") UUID id,
            @Schema(description = "服务项目代码 / Programme code", examples = "cinema", maxLength = 40) String programCode,
            @Schema(description = "服务项目 / Programme", examples = "职工观影优惠", maxLength = 100) String programName,
            @Schema(description = "金额（元）/ Amount in yuan", examples = "35.00", pattern = "^\\d{1,10}\\.\\d{2}$",
                    maxLength = 13) String amount,
            @Schema(description = "持卡人姓名（脱敏）/ The holder's name, masked", examples = "王**", maxLength = 40,
                    nullable = true) String maskedName,
            @Schema(description = "卡号后四位 / Card's last four digits", examples = "0366", maxLength = 4)
            String cardLastFour,
            @Schema(description = "记录时间 / When") Instant usedAt) {
    }
}
