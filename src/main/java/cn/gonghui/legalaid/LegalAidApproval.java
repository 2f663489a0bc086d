package cn.gonghui.legalaid;

import cn.gonghui.platform.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What approving legal aid records: how the union will help. */
@Schema(name = "LegalAidApproval", description = "法律援助 approve 操作的 result：援助方式。仅可咨询的申请只能选 advice。"
        + "/ The result of approving legal aid: the form of help; a request for advice only can only get advice.",
        extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "approve"))
public record LegalAidApproval(
        @Schema(description = "援助方式：法律咨询、代写文书、调解、仲裁代理、诉讼代理 / Form of help", required = true,
                enumeration = {"advice", "document_drafting", "mediation", "arbitration", "litigation"},
                examples = "mediation")
        String formOfHelp) {

    static final java.util.List<String> FORMS_OF_HELP =
            java.util.List.of("advice", "document_drafting", "mediation", "arbitration", "litigation");
    static final String ADVICE = "advice";
}
