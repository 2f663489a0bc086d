package cn.gonghui.application;

import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.place.PlaceViews.StreetView;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Applications as the applicant and officers see them. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    @Schema(name = "ApplicationSummary", description = "列表中的申请 / An application in a list")
    public record SummaryView(
            @Schema(description = "申请编号 / Application id") UUID id,
            @Schema(description = "受理号 / Human number", examples = "XC20261122-00042", maxLength = 20,
                    pattern = "^[A-Z]{2,4}\\d{8}-\\d{5}$") String number,
            @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 40,
                    pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$") String serviceCode,
            @Schema(description = "服务名称 / Service name", examples = "申请入会", maxLength = 60) String serviceName,
            @Schema(description = "状态 / Status") ApplicationStatus status,
            StreetView street,
            @Schema(description = "申请人姓名（干部视图脱敏）/ Applicant's name, masked for officers", examples = "王**",
                    maxLength = 30, nullable = true) String applicantName,
            @Schema(description = "提交时间 / Submitted at") Instant submittedAt,
            @Schema(description = "承诺办结日期 / Expected by") LocalDate expectedBy,
            @Schema(description = "是否超期 / Overdue") boolean overdue,
            @Schema(description = "经办干部 / Assigned officer", nullable = true,
                    examples = "01a21c5e-93b4-7f08-b2d6-5e1f7a3c9d42") UUID assigneeId) {
    }

    @Schema(name = "WithheldField", description = "隐去的敏感字段 / A withheld sensitive field")
    public record WithheldField(
            @Schema(description = "字段代码 / Field code", examples = "householdIncome", maxLength = 40,
                    pattern = "^[a-zA-Z][a-zA-Z0-9]*$") String code) {
    }

    @Schema(name = "SensitiveForm", description = "含敏感字段的完整表单（查看已留痕）/ The whole form with its sensitive "
            + "fields; the look was audited")
    public record SensitiveFormView(
            @Schema(description = "申请编号 / Application id") UUID applicationId,
            @Schema(description = "完整表单 / The whole form", ref = "JsonObject") JsonNode form) {
    }

    @Schema(name = "ApplicationEvent", description = "申请的一次变化 / One change of an application")
    public record EventView(
            @Schema(description = "时间 / When") Instant at,
            @Schema(description = "操作者角色 / The actor's role", enumeration = {"member", "officer", "district_officer", "system"})
            String actorRole,
            @Schema(description = "操作 / Action", examples = "accept", maxLength = 40, pattern = "^[a-z-]+$") String action,
            @Schema(description = "原状态 / From status", nullable = true, maxLength = 30) ApplicationStatus fromStatus,
            @Schema(description = "新状态 / To status") ApplicationStatus toStatus,
            @Schema(description = "理由 / Reason", maxLength = 1000, nullable = true) String reason) {
    }

    @Schema(name = "Appointment", description = "线下办理的预约（FHIR 状态）/ The offline appointment, FHIR states")
    public record AppointmentView(
            @Schema(description = "预约编号 / Appointment id") UUID id,
            @Schema(description = "状态 / State") Appointment.State status,
            @Schema(description = "服务站 / Station") UUID stationId,
            @Schema(description = "服务站名称 / Station name", maxLength = 100) String stationName,
            @Schema(description = "服务站地址 / Station address", maxLength = 200) String stationAddress,
            @Schema(description = "时段编号 / Slot id", maxLength = 60, nullable = true) String slotId,
            @Schema(description = "开始 / Starts", nullable = true, format = "date-time", maxLength = 35) Instant start,
            @Schema(description = "结束 / Ends", nullable = true, format = "date-time", maxLength = 35) Instant end) {
    }

    @Schema(name = "Evaluation", description = "办事评价 / The applicant's rating")
    public record EvaluationView(
            @Schema(description = "评分 / Rating", minimum = "1", maximum = "5", format = "int32") int rating,
            @Schema(description = "评价 / Comment", maxLength = 500, nullable = true) String comment,
            @Schema(description = "时间 / When") Instant createdAt) {
    }

    @Schema(name = "ApplicationNote", description = "干部备注（申请人不可见）/ An officer's note, not shown to the applicant")
    public record NoteView(
            @Schema(description = "备注编号 / Note id") UUID id,
            @Schema(description = "干部 / Officer", examples = "01a21c5e-93b4-7f08-b2d6-5e1f7a3c9d42") UUID officerId,
            @Schema(description = "内容 / Text", maxLength = 2000) String text,
            @Schema(description = "时间 / When") Instant createdAt) {
    }

    @Schema(name = "Application", description = "申请详情 / An application in full")
    public record DetailView(
            SummaryView summary,
            @Schema(description = "表单（按提交时的表单版本）/ The form, per the version it was submitted with",
                    maxProperties = 100) JsonNode form,
            @Schema(description = "表单版本 / Form version", minimum = "1", maximum = "1000", format = "int32")
            int formVersion,
            @Schema(description = "干部视图中隐去的敏感字段；明文需说明理由查看 / Sensitive fields withheld from officers; "
                    + "their values need an audited look", maxItems = 100) List<WithheldField> withheldFields,
            @Schema(description = "材料 / Documents", maxItems = 50) List<AttachmentView> attachments,
            @Schema(description = "办理结果（各服务不同，如会员编号；尚无结果时为空对象）/ The line's outcome, e.g. the "
                    + "member number; an empty object before there is one", ref = "JsonObject") JsonNode result,
            @Schema(description = "线下办理的服务站，即预约的服务站（同 appointment.stationId）；尚未邀约时为空 / The station of "
                    + "the offline step: the appointment's (the same as appointment.stationId); null before an invitation",
                    nullable = true) UUID stationId,
            @Schema(description = "预约 / Appointment", nullable = true) AppointmentView appointment,
            @Schema(description = "评价 / Evaluation", nullable = true) EvaluationView evaluation,
            @Schema(description = "全部变化 / Every change", maxItems = 200) List<EventView> history,
            @Schema(description = "干部备注，仅干部可见 / Officers' notes, for officers only", maxItems = 200,
                    nullable = true) List<NoteView> notes,
            @Schema(description = "调用者现在可以做的操作 / The actions the caller may take now", maxItems = 20)
            List<Action> allowedActions) {
    }

    @Schema(name = "ExportedApplication", description = "个人信息导出中的一份申请：详情（表单已解密）和全部预约 / An "
            + "application in a data export: in full, the form decrypted, with every appointment it had")
    public record ExportedApplication(
            DetailView application,
            @Schema(description = "全部预约，按时间先后 / Every appointment, oldest first", maxItems = 100)
            List<AppointmentView> appointments) {
    }
}
