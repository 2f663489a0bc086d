package cn.gonghui.card;

import cn.gonghui.platform.openapi.ResponseProperties;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a card line keeps in an application's result: the card its approval acted on and that
 * card's status then; completion updates the status to how the bank's work ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CardResult", description = "会员卡服务申请的 result：批准时所办理的卡片及其当时的状态；办结时状态更新为银行"
        + "制卡的结果。/ The result of a card application: the card its approval acted on and that card's status then; "
        + "completion updates the status to how the bank's work ended.",
        examples = "{\"cardId\": \"01a24dd0-d987-7144-b104-92287eeeed2d\", \"cardStatus\": \"confirmed\"}",
        extensions = {@Extension(name = ContractFilter.APPLICATION_RESULT,
                value = "card.apply, card.report-loss, card.replace, card.cancel"), @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when null")})
public record CardResult(
        @Schema(description = "所办理的卡片 / The card the approval acted on",
                examples = "01a24dd0-d987-7144-b104-92287eeeed2d")
        UUID cardId,
        @Schema(description = "卡片当时的状态 / The card's status then", examples = "confirmed",
                enumeration = {"ordered", "confirmed", "sent_to_bank", "produced", "ready_for_pickup", "active", "lost",
                        "replaced", "cancelled", "failed"})
        String cardStatus) implements ApplicationResult {
}
