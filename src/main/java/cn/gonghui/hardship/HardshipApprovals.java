package cn.gonghui.hardship;

import cn.gonghui.platform.openapi.ResponseProperties;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.money.PositiveMoney;
import cn.gonghui.platform.money.WrittenMoney;
import cn.gonghui.platform.openapi.ContractFilter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the district gives with {@code approve} on the hardship lines: the records
 * {@link HardshipFileLine} and {@link HardshipProgrammeLines} read an approval's {@code result}
 * into. What depends on the application (a class is needed when the assessment found none; no
 * more than was requested) the lines check themselves.
 */
public final class HardshipApprovals {

    private HardshipApprovals() {
    }

    /** The class the district settles on, if it does; kept in the application's result in place of the assessed one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HardshipFileApproval", description = "hardship.file 的 approve 操作的 result：区总工会认定的困难类别；"
            + "系统测算为 not_eligible 时必填 / The result of approving a hardship file: the class the district settles "
            + "on; required when the service's assessment found the household not eligible",
            examples = "{\"classification\": \"relative\"}", additionalProperties = Schema.False.class,
            extensions = {@Extension(name = ContractFilter.ACTION_RESULT, value = "approve"), @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when null")})
    public record FileApproval(
            @Schema(description = "困难类别：深度、相对、意外致困 / Deep, relative or accident hardship",
                    examples = "relative", nullable = true, maxLength = 8)
            DecidedClass classification) implements ActionResult, ApplicationResult {
    }

    /** The classes a district may decide; {@code not_eligible} is only ever the assessment's. */
    @Schema(name = "HardshipDecidedClass", description = "区总工会可认定的困难类别 / A class the district may decide",
            type = SchemaType.STRING, enumeration = {"deep", "relative", "accident"})
    public enum DecidedClass {
        DEEP(HardshipClassification.DEEP),
        RELATIVE(HardshipClassification.RELATIVE),
        ACCIDENT(HardshipClassification.ACCIDENT);

        private final String code;

        DecidedClass(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    @Schema(name = "HardshipMedicalAidApproval", description = "hardship.medical-aid 的 approve 操作的 result：核定金额，"
            + "不超过申请金额 / The result of approving medical aid: the amount approved, at most the amount requested",
            examples = "{\"approvedAmount\": \"3200.00\"}", additionalProperties = Schema.False.class,
            extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "approve"))
    public record MedicalAidApproval(
            @NotNull(message = "REQUIRED")
            @PositiveMoney
            @JsonDeserialize(using = WrittenMoney.class)
            @Schema(description = "核定金额（元）/ The approved amount in yuan", required = true, examples = "3200.00",
                    maxLength = 16, pattern = Money.PATTERN)
            String approvedAmount) implements ActionResult {
    }
}
