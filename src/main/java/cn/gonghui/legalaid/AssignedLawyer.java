package cn.gonghui.legalaid;

import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What assigning legal aid keeps in the result: the worker's lawyer, so the worker knows who handles the case. */
@Schema(name = "AssignedLawyer", description = "法律援助申请指派律师后 result 中的承办律师 / The lawyer a legal-aid "
        + "application was assigned to, in its result",
        examples = "{\"lawyer\": {\"officerId\": \"01a1f5c2-6b1e-7d3a-9c4b-2f8e0a6d4b11\", "
                + "\"displayName\": \"德胜街道工会律师\"}}",
        extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = "legal-aid"))
public record AssignedLawyer(
        @Schema(description = "承办律师 / The lawyer", required = true)
        Lawyer lawyer) implements ApplicationResult {

    @Schema(name = "AssignedLawyerName", description = "承办律师：干部账号和显示名 / The lawyer: their officer account "
            + "and the name shown")
    public record Lawyer(
            @Schema(description = "律师的干部账号 / The lawyer's officer account", required = true,
                    examples = "01a1f5c2-6b1e-7d3a-9c4b-2f8e0a6d4b11")
            UUID officerId,
            @Schema(description = "显示名 / The name shown", required = true, examples = "德胜街道工会律师", maxLength = 60)
            String displayName) {
    }
}
