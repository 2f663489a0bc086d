package cn.gonghui.card;

import cn.gonghui.card.CardOrderViews.CardOrderView;
import cn.gonghui.card.CardOrderViews.ReportAnswer;
import cn.gonghui.card.CardOrderViews.StatusReport;
import cn.gonghui.security.Caller;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The card-issuing bank: pulls the card orders the union confirmed and reports how each goes. */
@Path("/api/v1/integrations/card-orders")
@RolesAllowed(IntegrationScopes.CARDS_ISSUE)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.CARDS_ISSUE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class CardOrdersResource {

    private final CardOrderLists lists;
    private final CardOrderReports reports;
    private final Caller caller;

    public CardOrdersResource(CardOrderLists lists, CardOrderReports reports, Caller caller) {
        this.lists = lists;
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listCardOrders", summary = "拉取卡片订单 / Pull card orders",
            description = "范围 cards:issue。工会确认的制卡（issue）、补换（replace）、挂失（loss）、注销（cancel）订单，按创建"
                    + "先后；新订单的状态为 pending。持卡人姓名脱敏：实名核验在领卡时于网点当面完成，接口不传身份证号、手机号。"
                    + "status=cancelled 列出工会撤回的订单。/ Scope cards:issue. Orders the union confirmed to issue, "
                    + "replace, block (loss) or close (cancel) a card, oldest first; a new order is pending. The holder's "
                    + "name is masked: the bank checks identity in person at pickup, and no ID or phone number is sent. "
                    + "status=cancelled lists the orders the union took back.")
    @APIResponse(responseCode = "200", description = "订单 / Orders")
    public Page<CardOrderView> list(@Valid @BeanParam CardOrderFilter filter, @Valid @BeanParam PageParams page) {
        return lists.list(filter, page);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportCardOrderStatus", summary = "报告订单状态 / Report an order's status",
            description = "制卡、补换订单依次报告 accepted → produced → ready_for_pickup（网点 branch 或服务站 stationId）→ "
                    + "issued（完整卡号，Luhn 校验，仅加密保存，与 lastFour 一致；卡片激活，申请自动办结）；任一步可报 failed"
                    + "（reason）。挂失、注销订单报告 accepted（已止付、销户）或 failed。同一状态的相同报告重复发送返回首次的答复"
                    + "（200）；同一状态内容不同为 409 CARD_REPORT_CONFLICT；顺序不对为 409 CARD_ORDER_OUT_OF_ORDER，带 "
                    + "currentStatus 和 expected。/ Issue and replace orders report accepted → produced → ready_for_pickup "
                    + "(branch or stationId) → issued (the full card number, Luhn-checked, stored only encrypted, matching "
                    + "lastFour; the card becomes active and the application completes); failed (with reason) at any "
                    + "step. Loss and cancel orders report accepted (blocked, closed) or failed. The same report again "
                    + "gets the first answer (200); another one for the same status is 409 CARD_REPORT_CONFLICT; one out "
                    + "of order is 409 CARD_ORDER_OUT_OF_ORDER with currentStatus and expected.")
    @APIResponse(responseCode = "200", description = "已记录，或重复报告的首次答复 / Recorded, or the first answer to a "
            + "repeated report", content = @Content(schema = @Schema(implementation = ReportAnswer.class)))
    @APIResponse(responseCode = "404", description = "没有这个订单（CARD_ORDER_NOT_FOUND）/ No such order")
    @APIResponse(responseCode = "409", description = "顺序不对（CARD_ORDER_OUT_OF_ORDER，带 currentStatus、expected）或与"
            + "已报告的内容不同（CARD_REPORT_CONFLICT）/ Out of order (with currentStatus, expected), or different from "
            + "what was reported for that status")
    @APIResponse(responseCode = "422", description = "卡号未通过 Luhn 校验、后四位不符、服务站未知（CARD_REPORT_INVALID）、"
            + "卡号已属于另一张卡（CARD_NUMBER_IN_USE）、该类订单没有这个状态（CARD_REPORT_NOT_APPLICABLE）/ Card "
            + "number fails the Luhn check, last four differ, unknown station; number held by another card; status not "
            + "applicable to the order's kind")
    public ReportAnswer report(@PathParam("id") @Parameter(description = "订单编号 / Order id") UUID id,
            @NotNull @Valid StatusReport report) {
        return reports.report(id, caller.subject(), report);
    }
}
