package cn.gonghui.identity;

import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.privacy.Masking;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member as they see themselves, and as officers see them (masked). */
public final class MemberViews {

    private MemberViews() {
    }

    @Schema(name = "Me", description = "会员本人看到的资料（明文）/ The member's own record, in plain text")
    public record MeView(
            @Schema(description = "会员编号 / Member id")
            UUID id,
            @Schema(description = "昵称 / Nickname", examples = "小王", maxLength = 32, nullable = true)
            String nickname,
            @Schema(description = "所属街道 / The member's street", nullable = true)
            StreetView street,
            @Schema(description = "实名 / Real name", examples = "王小明", maxLength = 30, nullable = true)
            String realName,
            @Schema(description = "居民身份证号码（仅本人可见明文）/ Resident ID number, plain only to its owner",
                    examples = "11010519491231002X", maxLength = 18, pattern = "^\\d{17}[\\dX]$", nullable = true)
            String idNumber,
            @Schema(description = "手机号（仅本人可见明文）/ Phone, plain only to its owner", examples = "13800138000",
                    maxLength = 11, pattern = "^1\\d{10}$", nullable = true)
            String phone,
            @Schema(description = "是否已实名 / Whether the real identity is recorded", examples = "true")
            boolean identityVerified,
            @Schema(description = "注册时间 / Registered at")
            Instant createdAt) {

        /** {@code street}: the view of the member's street, or {@code null} when they named none. */
        static MeView of(Member member, StreetView street, MemberPersonalData personal) {
            return new MeView(member.id, member.nickname, street,
                    member.realName, personal.idNumber(member), personal.phone(member), member.idNumberCipher != null,
                    member.createdAt);
        }
    }

    @Schema(name = "MemberSummary", description = "干部看到的会员（已脱敏）/ A member as officers see them, masked")
    public record MemberView(
            @Schema(description = "会员编号 / Member id")
            UUID id,
            @Schema(description = "昵称 / Nickname", examples = "小王", maxLength = 32, nullable = true)
            String nickname,
            @Schema(description = "所属街道 / The member's street", nullable = true)
            StreetView street,
            @Schema(description = "实名（脱敏）/ Real name, masked", examples = "王**", maxLength = 30, nullable = true)
            String realName,
            @Schema(description = "身份证号（脱敏）/ ID number, masked", examples = "110105********002X", maxLength = 18,
                    pattern = "^\\d{6}\\*{8}[\\dX*]{4}$", nullable = true)
            String idNumber,
            @Schema(description = "手机号（脱敏）/ Phone, masked", examples = "138****8000", maxLength = 11,
                    pattern = "^1\\d{2}\\*{4}\\d{4}$", nullable = true)
            String phone,
            @Schema(description = "是否已实名 / Whether the real identity is recorded", examples = "true")
            boolean identityVerified,
            @Schema(description = "注册时间 / Registered at")
            Instant createdAt) {

        static MemberView of(Member member, StreetView street, MemberPersonalData personal) {
            return new MemberView(member.id, member.nickname, street, Masking.name(member.realName),
                    Masking.idNumber(personal.idNumber(member)), Masking.phone(personal.phone(member)),
                    member.idNumberCipher != null, member.createdAt);
        }
    }
}
