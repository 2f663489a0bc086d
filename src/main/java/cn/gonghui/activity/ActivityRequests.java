package cn.gonghui.activity;

import cn.gonghui.platform.text.MultiLineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What officers and members send about activities. */
public final class ActivityRequests {

    static final String CODE = "^[a-z][a-z0-9-]*$";
    static final String CHECK_IN_CODE = "^[A-Za-z0-9_-]{20,100}\\.[A-Za-z0-9_-]{20,100}$";
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_PER_MEMBER = 10;

    private ActivityRequests() {
    }

    @Schema(name = "NewActivity", description = "发布活动：街道（streetCode）或全区（districtCode）二选一；时间须满足 报名开始 < "
            + "报名截止 ≤ 活动开始 < 活动结束，取消截止 ≤ 活动开始 / A new activity, of a street (streetCode) or of the whole "
            + "district (districtCode); times in order: sign-up opens < sign-up closes ≤ starts < ends, cancelUntil ≤ starts")
    public record NewActivity(
            @NotBlank @Size(max = 60)
            @Schema(description = "标题 / Title", examples = "职工观影：《长津湖》", maxLength = 60, required = true)
            String title,
            @NotBlank @Size(max = 2000) @MultiLineText
            @Schema(description = "介绍（可多行）/ Description, multi-line", examples = "德胜街道工会组织会员观影，每人限 1 张。",
                    maxLength = 2000, required = true)
            String description,
            @Size(max = 40) @Pattern(regexp = CODE)
            @Schema(description = "街道活动的街道代码 / The street of a street activity", examples = "desheng", maxLength = 40,
                    pattern = CODE, nullable = true)
            String streetCode,
            @Size(max = 40) @Pattern(regexp = CODE)
            @Schema(description = "全区活动的区代码（区级干部）/ The district of a district-wide activity (district officers)",
                    examples = "xicheng", maxLength = 40, pattern = CODE, nullable = true)
            String districtCode,
            @Schema(description = "举办的服务站（须在该街道或该区内）；给出时活动按服务站位置参与距离排序 / The station it takes "
                    + "place at, in the street or district; its location places the activity in nearest-first lists",
                    nullable = true)
            UUID stationId,
            @NotBlank @Size(max = 200)
            @Schema(description = "地点 / Where", examples = "德胜街道文体中心 2 层影厅", maxLength = 200, required = true)
            String place,
            @NotNull @Schema(description = "开始时间 / Starts at", examples = "2026-12-05T01:00:00Z", required = true)
            Instant startsAt,
            @NotNull @Schema(description = "结束时间 / Ends at", examples = "2026-12-05T03:30:00Z", required = true)
            Instant endsAt,
            @NotNull @Schema(description = "报名开始（含）/ Sign-up opens (from this instant)", examples = "2026-11-25T02:00:00Z",
                    required = true)
            Instant signUpOpensAt,
            @NotNull @Schema(description = "报名截止（此刻起不再接受）/ Sign-up closes (refused from this instant)",
                    examples = "2026-12-04T10:00:00Z", required = true)
            Instant signUpClosesAt,
            @NotNull @Schema(description = "会员可自行取消的截止时间 / Members may give up their place until this instant",
                    examples = "2026-12-04T10:00:00Z", required = true)
            Instant cancelUntil,
            @NotNull @Min(1) @Max(MAX_CAPACITY)
            @Schema(description = "名额 / Places", examples = "100", minimum = "1", maximum = "100000", format = "int32",
                    required = true)
            Integer capacity,
            @NotNull @Min(0) @Max(MAX_CAPACITY)
            @Schema(description = "候补名额，0 表示不设候补 / Places on the waiting list; 0 for none", examples = "20",
                    minimum = "0", maximum = "100000", format = "int32", required = true)
            Integer waitlistCapacity,
            @Schema(description = "仅限在册会员（会籍有效）/ For members with an active union membership only",
                    examples = "true", defaultValue = "false", nullable = true)
            Boolean membersOnly,
            @Min(1) @Max(MAX_PER_MEMBER)
            @Schema(description = "每人一次最多报名的名额（如亲子活动带家属），默认 1 / Places one member may take (e.g. with "
                    + "family), 1 by default", examples = "1", minimum = "1", maximum = "10", format = "int32",
                    defaultValue = "1", nullable = true)
            Integer perMemberLimit,
            @Schema(description = "封面图：本人上传的 JPEG 或 PNG（POST /admin/activities/covers）/ Cover image: a JPEG or "
                    + "PNG this officer uploaded (POST /admin/activities/covers)", nullable = true)
            UUID coverAttachmentId) {

        boolean forMembersOnly() {
            return Boolean.TRUE.equals(membersOnly);
        }

        int perMember() {
            return perMemberLimit == null ? 1 : perMemberLimit;
        }
    }

    @Schema(name = "ActivityChange", description = "修改活动：未给出（或为 null）的字段不变；名额可增加，不能少于已确认的名额 / A change "
            + "of an activity: fields left out (or null) stay; capacity may grow, never below the places confirmed")
    public record ActivityChange(
            @Size(min = 1, max = 60)
            @Schema(description = "标题 / Title", examples = "职工观影：《长津湖》（加场）", maxLength = 60, nullable = true)
            String title,
            @Size(min = 1, max = 2000) @MultiLineText
            @Schema(description = "介绍 / Description", maxLength = 2000, nullable = true)
            String description,
            @Size(min = 1, max = 200)
            @Schema(description = "地点 / Where", examples = "德胜街道文体中心 3 层", maxLength = 200, nullable = true)
            String place,
            @Schema(description = "开始时间 / Starts at", nullable = true, format = "date-time", maxLength = 35) Instant startsAt,
            @Schema(description = "结束时间 / Ends at", nullable = true, format = "date-time", maxLength = 35) Instant endsAt,
            @Schema(description = "报名开始 / Sign-up opens", nullable = true, format = "date-time", maxLength = 35) Instant signUpOpensAt,
            @Schema(description = "报名截止 / Sign-up closes", nullable = true, format = "date-time", maxLength = 35) Instant signUpClosesAt,
            @Schema(description = "自行取消截止 / Members may give up their place until", nullable = true, format = "date-time", maxLength = 35) Instant cancelUntil,
            @Min(1) @Max(MAX_CAPACITY)
            @Schema(description = "名额；增加时候补者依次转正 / Places; growing them confirms the waiting list in turn",
                    examples = "120", minimum = "1", maximum = "100000", format = "int32", nullable = true)
            Integer capacity,
            @Min(0) @Max(MAX_CAPACITY)
            @Schema(description = "候补名额，不能少于已候补的名额 / Waiting-list places, never below those taken",
                    examples = "30", minimum = "0", maximum = "100000", format = "int32", nullable = true)
            Integer waitlistCapacity,
            @Schema(description = "仅限在册会员（只影响此后的报名）/ Members only (for registrations from now on)",
                    nullable = true)
            Boolean membersOnly,
            @Min(1) @Max(MAX_PER_MEMBER)
            @Schema(description = "每人最多名额（只影响此后的报名）/ Places per member (for registrations from now on)",
                    minimum = "1", maximum = "10", format = "int32", nullable = true)
            Integer perMemberLimit,
            @Schema(description = "新的封面图（本人上传的 JPEG 或 PNG）/ A new cover image, a JPEG or PNG this officer uploaded",
                    nullable = true)
            UUID coverAttachmentId) {
    }

    @Schema(name = "ActivityCancellation", description = "取消活动 / Calling an activity off")
    public record Cancellation(
            @NotBlank @Size(max = 500) @MultiLineText
            @Schema(description = "原因，会通知每位报名者 / Why; every registered member is told", examples = "因天气原因取消",
                    maxLength = 500, required = true)
            String reason) {
    }

    @Schema(name = "NewActivityRegistration", description = "报名 / Signing up")
    public record NewRegistration(
            @Min(1) @Max(MAX_PER_MEMBER)
            @Schema(description = "报名的名额（本人及家属），默认 1，不超过活动的 perMemberLimit / Places taken (the member and "
                    + "family), 1 by default, at most the activity's perMemberLimit", examples = "1", minimum = "1",
                    maximum = "10", format = "int32", defaultValue = "1", nullable = true)
            Integer places) {

        int placesOrOne() {
            return places == null ? 1 : places;
        }
    }

    @Schema(name = "ActivityCheckIn", description = "扫码签到 / A scanned check-in code")
    public record CheckIn(
            @NotBlank @Size(max = 201) @Pattern(regexp = CHECK_IN_CODE)
            @Schema(description = "会员出示的签到码 / The code the member shows",
                    examples = "AZOkrS_wfC2QyXZuY0lSZG4BlKy4T3F_jNmhNfeLLvUAAAAAaTIkYA.q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE",
                    maxLength = 201, pattern = CHECK_IN_CODE, required = true)
            String code) {
    }
}
