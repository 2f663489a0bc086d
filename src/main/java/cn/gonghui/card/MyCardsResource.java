package cn.gonghui.card;

import cn.gonghui.card.MemberCardViews.CardView;
import cn.gonghui.card.MemberCardViews.QrView;
import cn.gonghui.card.MemberCardViews.UseView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's card in the mini-program: its state and pickup place, the QR code, the benefits used. */
@Path("/api/v1/me")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyCardsResource {

    private final MyCards cards;
    private final Caller caller;

    public MyCardsResource(MyCards cards, Caller caller) {
        this.cards = cards;
        this.caller = caller;
    }

    @GET
    @Path("/cards")
    @Operation(operationId = "getMyCards", summary = "我的会员卡 / My member cards",
            description = "每张卡的状态、领卡地点（银行网点或工会服务站）、脱敏卡号和历程，最新的在前。/ Each card's status, "
                    + "where to pick it up (bank branch or union station), masked number and history, newest first.")
    @APIResponse(responseCode = "200", description = "会员卡 / Cards")
    public Page<CardView> mine() {
        return cards.cards(caller.memberId());
    }

    @GET
    @Path("/card-qr")
    @Operation(operationId = "getMyCardQr", summary = "会员动态码 / My card's QR code",
            description = "在用的会员卡才有；签名，默认 60 秒有效，只能用于一次优惠，不含个人信息。商户核验不会使其失效。/ "
                    + "Only with an active card; signed, valid 60 seconds by default, good for one benefit use, no "
                    + "personal data inside. A merchant's check does not use it up.")
    @APIResponse(responseCode = "200", description = "动态码 / The code",
            content = @Content(schema = @Schema(implementation = QrView.class)))
    @APIResponse(responseCode = "422", description = "没有在用的会员卡（NO_ACTIVE_CARD）/ No active card")
    public Response qr() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(cards.qr(caller.memberId())).cacheControl(noStore).build();
    }

    @GET
    @Path("/card-uses")
    @Operation(operationId = "getMyCardUses", summary = "我的普惠服务使用记录 / My benefit uses",
            description = "商户记录的每次使用，最新的在前。/ Every use merchants recorded, newest first.")
    @APIResponse(responseCode = "200", description = "使用记录 / Uses")
    public Page<UseView> uses(@Valid @BeanParam PageParams page) {
        return cards.uses(caller.memberId(), page);
    }
}
