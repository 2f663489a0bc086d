package cn.gonghui.activity;

import cn.gonghui.place.PlaceViews.GeoPoint;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What members, the public and officers see of activities: this package's DTOs, mapped from entities. */
public final class ActivityViews {

    static final String CODE = ActivityRequests.CODE;

    private ActivityViews() {
    }

    /** What every view of an activity says, written once; the public and the officers' views carry it flat. */
    public record ActivityFields(
            @Schema(description = "活动编号 / Activity id", required = true) UUID id,
            @Schema(description = "标题 / Title", examples = "职工观影：《长津湖》", maxLength = 60, required = true) String title,
            @Schema(description = "介绍 / Description", maxLength = 2000, required = true) String description,
            @Schema(description = "街道代码；全区活动为 null / Street code; null for a district-wide activity",
                    examples = "desheng", maxLength = 40, pattern = CODE, nullable = true, required = true) String streetCode,
            @Schema(description = "区代码 / District code", examples = "xicheng", maxLength = 40, pattern = CODE, required = true)
            String districtCode,
            @Schema(description = "举办的服务站 / The station it takes place at", nullable = true, required = true)
            UUID stationId,
            @Schema(description = "地点 / Where", examples = "德胜街道文体中心 2 层影厅", maxLength = 200, required = true)
            String place,
            @Schema(description = "位置（服务站的坐标）/ Location (the station's)", nullable = true, required = true)
            GeoPoint location,
            @Schema(description = "开始 / Starts at", required = true) Instant startsAt,
            @Schema(description = "结束 / Ends at", required = true) Instant endsAt,
            @Schema(description = "报名开始 / Sign-up opens", required = true) Instant signUpOpensAt,
            @Schema(description = "报名截止 / Sign-up closes", required = true) Instant signUpClosesAt,
            @Schema(description = "自行取消截止 / Members may give up their place until", required = true) Instant cancelUntil,
            @Schema(description = "名额 / Places", examples = "100", minimum = "1", maximum = "100000", format = "int32",
                    required = true) int capacity,
            @Schema(description = "剩余名额 / Places left", examples = "12", minimum = "0", maximum = "100000",
                    format = "int32", required = true) int remainingPlaces,
            @Schema(description = "候补名额 / Waiting-list places", examples = "20", minimum = "0", maximum = "100000",
                    format = "int32", required = true) int waitlistCapacity,
            @Schema(description = "候补人数（报名数）/ Registrations on the waiting list", examples = "3", minimum = "0",
                    maximum = "100000", format = "int32", required = true) int waitlistLength,
            @Schema(description = "剩余候补名额 / Waiting-list places left", examples = "17", minimum = "0",
                    maximum = "100000", format = "int32", required = true) int remainingWaitlist,
            @Schema(description = "仅限在册会员 / Members only", required = true) boolean membersOnly,
            @Schema(description = "每人最多名额 / Places per member", examples = "1", minimum = "1", maximum = "10",
                    format = "int32", required = true) int perMemberLimit,
            @Schema(description = "状态 / Status", enumeration = {"published", "cancelled"}, required = true) String status,
            @Schema(description = "此刻是否可以报名 / Whether sign-up is open now", required = true) boolean signUpOpen,
            @Schema(description = "取消原因 / Why it was called off", maxLength = 500, nullable = true, required = true)
            String cancelReason,
            @Schema(description = "封面图的地址，无需登录；没有封面时为 null / Where the cover image is, no sign-in needed; "
                    + "null without one", examples = "/api/v1/activities/01a20144-5b2c-7d1e-9f00-3c4d5e6f7a8b/cover",
                    maxLength = 80, nullable = true, required = true)
            String coverUrl) {

        static ActivityFields of(Activity activity, String streetCode, String districtCode, int waitlistLength,
                Instant now) {
            GeoPoint location = activity.latitude == null ? null : new GeoPoint(activity.latitude, activity.longitude);
            return new ActivityFields(activity.id, activity.title, activity.description, streetCode, districtCode,
                    activity.stationId, activity.place, location, activity.startsAt, activity.endsAt,
                    activity.signUpOpensAt, activity.signUpClosesAt, activity.cancelUntil, activity.capacity,
                    Math.max(0, activity.remainingPlaces()), activity.waitlistCapacity, waitlistLength,
                    Math.max(0, activity.remainingWaitlist()), activity.membersOnly, activity.perMemberLimit,
                    activity.status.code(), activity.signUpOpenAt(now), activity.cancelReason,
                    activity.coverAttachmentId == null ? null : "/api/v1/activities/" + activity.id + "/cover");
        }
    }

    @Schema(name = "Activity", description = "会员活动（文体活动、技能培训等）/ A union activity (sports, culture, training)")
    public record ActivityView(
            @JsonUnwrapped ActivityFields activity,
            @Schema(description = "与查询坐标的距离（米），仅在给出 lat/lng 且活动有位置时 / Distance in metres from lat/lng, "
                    + "when given and the activity has a location", examples = "850", minimum = "0", maximum = "40075000",
                    format = "int32", nullable = true, required = true)
            Integer distanceMeters) {
    }

    @Schema(name = "ActivityDetail", description = "活动详情，及调用者本人的报名 / An activity, and the caller's own "
            + "registration")
    public record ActivityDetailView(
            @JsonUnwrapped ActivityFields activity,
            @Schema(description = "调用者（会员）是否已报名（确认或候补）/ Whether the calling member holds a registration "
                    + "(confirmed or waitlisted)", required = true)
            boolean registered,
            @Schema(description = "调用者本人的报名；未登录或未报名为 null / The caller's own registration; null when "
                    + "anonymous or not registered", nullable = true, required = true)
            RegistrationView myRegistration) {
    }

    @Schema(name = "ActivityAttendance", description = "报名与出席统计 / Registrations and attendance")
    public record AttendanceView(
            @Schema(description = "已确认的名额（含已签到、未到）/ Places confirmed, checked in and no-shows included",
                    examples = "96", minimum = "0", maximum = "100000", format = "int32", required = true) int confirmedPlaces,
            @Schema(description = "确认待签到的报名 / Registrations confirmed, not checked in", examples = "10",
                    minimum = "0", maximum = "100000", format = "int32", required = true) int confirmed,
            @Schema(description = "候补 / Waitlisted", examples = "3", minimum = "0", maximum = "100000", format = "int32",
                    required = true) int waitlisted,
            @Schema(description = "已签到 / Checked in", examples = "80", minimum = "0", maximum = "100000", format = "int32",
                    required = true) int checkedIn,
            @Schema(description = "未到 / No-shows", examples = "6", minimum = "0", maximum = "100000", format = "int32",
                    required = true) int noShow,
            @Schema(description = "会员自行取消 / Withdrawn by the member", examples = "4", minimum = "0",
                    maximum = "100000", format = "int32", required = true) int withdrawn,
            @Schema(description = "随活动取消 / Called off with the activity", examples = "0", minimum = "0",
                    maximum = "100000", format = "int32", required = true) int cancelled) {
    }

    @Schema(name = "AdminActivity", description = "干部看到的活动，含报名与出席统计 / An activity as officers see it, with "
            + "its registrations and attendance counted")
    public record AdminActivityView(
            @JsonUnwrapped ActivityFields activity,
            @Schema(required = true) AttendanceView attendance,
            @Schema(description = "发布的干部 / The officer who published it", required = true) UUID createdBy,
            @Schema(description = "发布时间 / Published at", required = true) Instant createdAt,
            @Schema(description = "最后修改 / Last changed", required = true) Instant updatedAt,
            @Schema(description = "取消时间 / Called off at", nullable = true, format = "date-time", maxLength = 35,
                    required = true) Instant cancelledAt) {
    }

    @Schema(name = "ActivityRegistration", description = "会员的一份报名 / A member's registration")
    public record RegistrationView(
            @Schema(description = "报名编号 / Registration id", required = true) UUID id,
            @Schema(description = "活动编号 / Activity id", required = true) UUID activityId,
            @Schema(description = "活动标题 / The activity's title", examples = "职工观影：《长津湖》", maxLength = 60,
                    required = true) String activityTitle,
            @Schema(description = "活动开始 / The activity starts at", required = true) Instant startsAt,
            @Schema(description = "地点 / Where", examples = "德胜街道文体中心 2 层影厅", maxLength = 200, required = true)
            String place,
            @Schema(description = "报名的名额 / Places taken", examples = "1", minimum = "1", maximum = "10", format = "int32",
                    required = true) int places,
            @Schema(description = "状态 / Status", enumeration = {"confirmed", "waitlisted", "withdrawn", "checked_in",
                    "no_show", "cancelled"}, required = true) String status,
            @Schema(description = "候补中的位次（第 1 位最先转正）/ Position on the waiting list, 1 first", examples = "2",
                    minimum = "1", maximum = "100000", format = "int32", nullable = true, required = true)
            Integer waitlistPosition,
            @Schema(description = "可自行取消至 / May be given up until", required = true) Instant cancelUntil,
            @Schema(description = "报名时间 / Registered at", required = true) Instant registeredAt,
            @Schema(description = "确认时间（候补转正时为转正时间）/ Confirmed at (when promoted: then)", nullable = true,
                    format = "date-time", maxLength = 35, required = true) Instant confirmedAt,
            @Schema(description = "签到时间 / Checked in at", nullable = true, format = "date-time", maxLength = 35,
                    required = true) Instant checkedInAt) {
    }

    @Schema(name = "ActivityRosterEntry", description = "报名名单中的一人（姓名已脱敏）/ One registration on the roster, the "
            + "name masked")
    public record RosterEntryView(
            @Schema(description = "报名编号 / Registration id", required = true) UUID id,
            @Schema(description = "会员姓名（脱敏）/ The member's name, masked", examples = "王*", maxLength = 40,
                    nullable = true, required = true) String memberName,
            @Schema(description = "名额 / Places", examples = "1", minimum = "1", maximum = "10", format = "int32",
                    required = true) int places,
            @Schema(description = "状态 / Status", enumeration = {"confirmed", "waitlisted", "withdrawn", "checked_in",
                    "no_show", "cancelled"}, required = true) String status,
            @Schema(description = "候补位次 / Position on the waiting list", minimum = "1", maximum = "100000",
                    format = "int32", nullable = true, required = true) Integer waitlistPosition,
            @Schema(description = "报名时间 / Registered at", required = true) Instant registeredAt,
            @Schema(description = "签到时间 / Checked in at", nullable = true, format = "date-time", maxLength = 35,
                    required = true) Instant checkedInAt) {
    }

    @Schema(name = "ActivityCheckInCode", description = "短时有效的签到码，供干部扫码 / A short-lived check-in code for the "
            + "officer to scan")
    public record CheckInCodeView(
            @Schema(description = "签到码（放入二维码）/ The code, for a QR code", maxLength = 201,
                    pattern = ActivityRequests.CHECK_IN_CODE, required = true) String code,
            @Schema(description = "失效时间 / Expires at", required = true) Instant expiresAt) {
    }
}
