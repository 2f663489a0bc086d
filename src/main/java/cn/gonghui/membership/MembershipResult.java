package cn.gonghui.membership;

import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a join's or a transfer's approval keeps in the application's result: the number and the union. */
@Schema(name = "MembershipResult", description = "入会、转会申请批准后的 result：会员编号（转会不变）和所加入的工会。"
        + "/ The result of an approved join or transfer: the member number (a transfer keeps it) and the union joined.",
        examples = "{\"memberNumber\": \"XC2026000042\", \"union\": \"德胜街道联合工会\"}",
        extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = "membership.join, membership.transfer"))
public record MembershipResult(
        @Schema(description = "会员编号 / The member number", required = true, examples = "XC2026000042", maxLength = 20,
                pattern = "^[A-Z]{2,4}\\d{10}$")
        String memberNumber,
        @Schema(description = "所加入的工会：单位工会或街道联合工会 / The union joined: the employer's or the street's joint "
                + "union", required = true, examples = "德胜街道联合工会", maxLength = 100)
        String union) implements ApplicationResult {
}
