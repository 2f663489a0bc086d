package cn.gonghui.notification;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's inbox: one message for every change of their applications, newest first. */
@Path("/api/v1/me/messages")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MessagesResource {

    @Schema(name = "Message", description = "站内消息 / An inbox message")
    public record MessageView(
            @Schema(description = "消息编号 / Message id") UUID id,
            @Schema(description = "相关申请 / The application it is about", nullable = true) UUID applicationId,
            @Schema(description = "事件 / Event", examples = "accepted", maxLength = 40, pattern = "^[a-z_]+$") String event,
            @Schema(description = "标题 / Title", examples = "申请入会：已受理", maxLength = 100) String title,
            @Schema(description = "正文 / Body", maxLength = 1000) String body,
            @Schema(description = "时间 / When") Instant createdAt,
            @Schema(description = "已读时间 / Read at", nullable = true, format = "date-time", maxLength = 35)
            Instant readAt) {

        public static MessageView of(MemberMessage message) {
            return new MessageView(message.id, message.applicationId, message.event, message.title, message.body,
                    message.createdAt, message.readAt);
        }
    }

    private final Caller caller;
    private final Clock clock;
    private final EntityManager entityManager;

    public MessagesResource(Caller caller, Clock clock, EntityManager entityManager) {
        this.caller = caller;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMyMessages", summary = "我的消息 / My messages",
            description = "最新的在前；unread=true 只看未读。/ Newest first; unread=true for the unread ones only.")
    @APIResponse(responseCode = "200", description = "消息 / Messages")
    public Page<MessageView> list(@QueryParam("unread") @Parameter(description = "只看未读 / Unread only") Boolean unread,
            @Valid @BeanParam PageParams page) {
        KeysetQuery<MemberMessage> query = KeysetQuery.jpql("select m from MemberMessage m", MemberMessage.class)
                .where("m.memberId = :member", "member", caller.memberId());
        if (Boolean.TRUE.equals(unread)) {
            query.where("m.readAt is null");
        }
        return query.orderBy(Direction.DESCENDING, SortKey.uuid("m.id")).page(page)
                .fetchPage(entityManager, message -> Cursor.of(message.id), MessageView::of);
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(operationId = "markMessageRead", summary = "标为已读 / Mark as read",
            description = "重复标记不改变首次的已读时间。/ Marking again keeps the first time.")
    @APIResponse(responseCode = "200", description = "消息 / The message")
    @APIResponse(responseCode = "404", description = "没有这条消息（MESSAGE_NOT_FOUND）/ No such message")
    public MessageView read(@PathParam("id") @Parameter(description = "消息编号 / Message id") UUID id) {
        MemberMessage message = MemberMessage.<MemberMessage>find("id = ?1 and memberId = ?2", id, caller.memberId())
                .firstResultOptional().orElseThrow(() -> ApiProblem.notFound("MESSAGE_NOT_FOUND", id));
        if (message.readAt == null) {
            message.readAt = clock.instant();
        }
        return MessageView.of(message);
    }
}
