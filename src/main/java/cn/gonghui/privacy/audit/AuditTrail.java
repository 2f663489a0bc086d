package cn.gonghui.privacy.audit;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Reads of the audit trail: newest first, keyset-paged on (at, id), every filter indexed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    /** The filters of the audit trail. */
    public static class Filter {

        @QueryParam("action")
        @Size(max = 60)
        @Pattern(regexp = "^[a-z_.-]+$")
        @Parameter(description = "操作，如 member.pii_view / Action, e.g. member.pii_view",
                schema = @Schema(maxLength = 60, pattern = "^[a-z_.-]+$"))
        String action;

        @QueryParam("actorId")
        @Size(max = 64)
        @Parameter(description = "操作者编号 / Actor id", schema = @Schema(type = SchemaType.STRING, maxLength = 64,
                pattern = "^[A-Za-z0-9._-]+$"))
        String actorId;

        @QueryParam("objectType")
        @Size(max = 40)
        @Pattern(regexp = "^[a-z_]+$")
        @Parameter(description = "对象类型 / Object type", schema = @Schema(maxLength = 40, pattern = "^[a-z_]+$"))
        String objectType;

        @QueryParam("objectId")
        @Size(max = 64)
        @Parameter(description = "对象编号 / Object id", schema = @Schema(type = SchemaType.STRING, maxLength = 64,
                pattern = "^[A-Za-z0-9._-]+$"))
        String objectId;

        @QueryParam("from")
        @Parameter(description = "起始时间（含）/ From, inclusive", schema = @Schema(format = "date-time", maxLength = 35))
        String from;

        @QueryParam("to")
        @Parameter(description = "截止时间（不含）/ To, exclusive", schema = @Schema(format = "date-time", maxLength = 35))
        String to;
    }

    @Schema(name = "AuditEvent", description = "审计事件 / An audit event")
    public record EventView(
            @Schema(description = "事件编号 / Event id") UUID id,
            @Schema(description = "时间 / When") Instant at,
            @Schema(description = "操作者类型 / Actor kind",
                    enumeration = {"member", "officer", "integrator", "anonymous", "system"}) String actorKind,
            @Schema(description = "操作者编号 / Actor id", maxLength = 64, nullable = true) String actorId,
            @Schema(description = "操作者角色 / Actor role", maxLength = 40, nullable = true) String actorRole,
            @Schema(description = "操作 / Action", examples = "member.pii_view", maxLength = 60) String action,
            @Schema(description = "对象类型 / Object type", maxLength = 40, nullable = true) String objectType,
            @Schema(description = "对象编号 / Object id", maxLength = 64, nullable = true) String objectId,
            @Schema(description = "结果 / Outcome", enumeration = {"success", "failure", "denied"}) String outcome,
            @Schema(description = "来源地址 / Client address", maxLength = 64, nullable = true) String ip,
            @Schema(description = "请求编号 / Request id", maxLength = 64, nullable = true) String requestId,
            @Schema(description = "详情（编号与代码，不含个人信息）/ Details: ids and codes, no personal data",
                    ref = "JsonObject") JsonNode details) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public AuditTrail(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public Page<EventView> list(Filter filter, PageParams page) {
        KeysetQuery<Object[]> query = KeysetQuery.sql("SELECT id, at, actor_kind, actor_id, actor_role, action, "
                        + "object_type, object_id, outcome, ip, request_id, CAST(details AS text) FROM audit_events",
                        Object[].class)
                .whereEqual("action", "action", filter.action)
                .whereEqual("actor_id", "actor_id", filter.actorId)
                .whereEqual("object_type", "object_type", filter.objectType)
                .whereEqual("object_id", "object_id", filter.objectId);
        if (filter.from != null) {
            query.where("at >= :from", "from", instant("from", filter.from));
        }
        if (filter.to != null) {
            query.where("at < :to", "to", instant("to", filter.to));
        }
        return query.orderBy(Direction.DESCENDING, SortKey.instant("at"), SortKey.uuid("id")).page(page)
                .fetchPage(entityManager, row -> Cursor.of(toInstant(row[1]), row[0]), this::view);
    }

    private EventView view(Object[] row) {
        return new EventView((UUID) row[0], toInstant(row[1]), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                details((String) row[11]));
    }

    /** The driver hands timestamps back in one of several types, depending on the query's shape. */
    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private JsonNode details(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details are not JSON", e);
        }
    }

    private static Instant instant(String field, String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalidField(field, "INVALID_DATE");
        }
    }
}
