package cn.gonghui.hardship;

import cn.gonghui.platform.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's shapes of what the district gives with {@code approve} on the hardship lines, as
 * {@link HardshipFileLine} and {@link HardshipProgrammeLines} check them.
 */
public final class HardshipApprovals {

    private HardshipApprovals() {
    }

    @Schema(name = "HardshipFileApproval", description = "hardship.file 的 approve 操作的 result：区总工会认定的困难类别；"
            + "系统测算为 not_eligible 时必填 / The result of approving a hardship file: the class the district settles "
            + "on; required when the service's assessment found the household not eligible",
            extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "approve"))
    public record FileApproval(
            @Schema(description = "困难类别：深度、相对、意外致困 / Deep, relative or accident hardship",
                    enumeration = {"deep", "relative", "accident"}, examples = "relative", nullable = true)
            String classification) {
    }

    @Schema(name = "HardshipMedicalAidApproval", description = "hardship.medical-aid 的 approve 操作的 result：核定金额，"
            + "不超过申请金额 / The result of approving medical aid: the amount approved, at most the amount requested",
            extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "approve"))
    public record MedicalAidApproval(
            @Schema(description = "核定金额（元）/ The approved amount in yuan", required = true, examples = "3200.00",
                    maxLength = 16, pattern = "^\\d{1,12}(\\.\\d{1,2})?$")
            String approvedAmount) {
    }
}
