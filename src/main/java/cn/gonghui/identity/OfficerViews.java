package cn.gonghui.identity;

import cn.gonghui.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the officers' administration and of an officer's own password change. */
public final class OfficerViews {

    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,63}$";
    static final String ROLE = "^(officer|district_officer|auditor|admin)$";
    static final String CODE = "^[a-z][a-z0-9-]*$";
    static final int MAX_STREETS = 50;

    private OfficerViews() {
    }

    @Schema(name = "NewOfficer", description = "新干部账号 / A new officer account")
    public record OfficerRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = USERNAME)
            @Schema(description = "登录名：小写字母、数字、. _ -，3 至 64 个字符 / Login name: lower-case letters, digits, "
                    + ". _ -, 3 to 64 characters", examples = "desheng-wang", minLength = 3, maxLength = 64,
                    pattern = USERNAME, required = true)
            String username,
            @NotBlank @Size(max = 60)
            @Schema(description = "显示名 / Display name", examples = "德胜街道工会 王干事", maxLength = 60, required = true)
            String displayName,
            @NotBlank @Pattern(regexp = ROLE)
            @Schema(description = "角色 / Role", enumeration = {"officer", "district_officer", "auditor", "admin"},
                    examples = "officer", required = true)
            String role,
            @Size(max = MAX_STREETS)
            @Schema(description = "街道干部负责的街道（officer 必填，其他角色不填）/ The streets a street officer works: "
                    + "required for officer, left out for the other roles", maxItems = MAX_STREETS)
            List<@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String> streetCodes,
            @Size(max = 40) @Pattern(regexp = CODE)
            @Schema(description = "区级干部所在的区（district_officer 必填，其他角色不填）/ The district of a district "
                    + "officer: required for district_officer, left out otherwise", examples = "xicheng", maxLength = 40,
                    pattern = CODE, nullable = true)
            String districtCode,
            @Schema(description = "是否工会律师（仅 officer）/ A union lawyer (officer only)", examples = "false")
            boolean lawyer,
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH)
            @Schema(description = "初始密码：至少 10 个字符，不含登录名，不在常见密码表中；首次登录前须修改 / Initial "
                    + "password: at least 10 characters, not containing the login name, not a common password; it must be "
                    + "changed before the first sign-in", format = "password", examples = "Desheng-Start-7421",
                    maxLength = PasswordPolicy.MAX_LENGTH, required = true)
            String initialPassword) {
    }

    @Schema(name = "OfficerChange", description = "修改干部账号：未给出的字段不变 / A change of an officer account: fields "
            + "left out stay as they are")
    public record OfficerChange(
            @Size(min = 1, max = 60)
            @Schema(description = "显示名 / Display name", examples = "德胜街道工会 王干事", maxLength = 60, nullable = true)
            String displayName,
            @Pattern(regexp = ROLE)
            @Schema(description = "角色 / Role", enumeration = {"officer", "district_officer", "auditor", "admin"},
                    examples = "officer", nullable = true)
            String role,
            @Size(max = MAX_STREETS)
            @Schema(description = "负责的街道（整体替换）/ The streets, replaced as a whole", maxItems = MAX_STREETS, nullable = true)
            List<@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String> streetCodes,
            @Size(max = 40) @Pattern(regexp = CODE)
            @Schema(description = "区级干部所在的区 / The district of a district officer", examples = "xicheng",
                    maxLength = 40, pattern = CODE, nullable = true)
            String districtCode,
            @Schema(description = "是否工会律师（仅 officer）/ A union lawyer (officer only)", examples = "true",
                    nullable = true)
            Boolean lawyer) {
    }

    @Schema(name = "PasswordReset", description = "管理员设置新的初始密码 / A new initial password, set by an administrator")
    public record PasswordReset(
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH)
            @Schema(description = "新的初始密码，首次登录前须修改 / The new initial password, to be changed before signing in",
                    format = "password", examples = "Desheng-Again-5530", maxLength = PasswordPolicy.MAX_LENGTH,
                    required = true)
            String initialPassword) {
    }

    @Schema(name = "OfficerPasswordChange", description = "干部修改自己的密码 / An officer changes their own password")
    public record PasswordChange(
            @NotBlank @Size(max = 64)
            @Schema(description = "登录名 / Login name", examples = "desheng-wang", maxLength = 64,
                    pattern = "^[A-Za-z0-9._-]+$", required = true)
            String username,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH)
            @Schema(description = "现在的密码（或初始密码）/ The current (or initial) password", format = "password",
                    examples = "Desheng-Start-7421", maxLength = PasswordPolicy.MAX_LENGTH, required = true)
            String currentPassword,
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH)
            @Schema(description = "新密码：至少 10 个字符，不含登录名，不在常见密码表中，不同于现在的密码 / The new "
                    + "password: at least 10 characters, not containing the login name, not a common password, not the "
                    + "current one", format = "password", examples = "lantern-river-orchid-42",
                    maxLength = PasswordPolicy.MAX_LENGTH, required = true)
            String newPassword) {
    }

    @Schema(name = "Officer", description = "干部账号（不含密码）/ An officer account, never with its password")
    public record OfficerView(
            @Schema(description = "编号 / Id", required = true) UUID id,
            @Schema(description = "登录名 / Login name", examples = "desheng-wang", maxLength = 64, pattern = USERNAME,
                    required = true)
            String username,
            @Schema(description = "显示名 / Display name", examples = "德胜街道工会 王干事", maxLength = 60, required = true)
            String displayName,
            @Schema(description = "角色 / Role", enumeration = {"officer", "district_officer", "auditor", "admin"},
                    required = true)
            String role,
            @Schema(description = "区级干部所在的区 / The district of a district officer", examples = "xicheng",
                    maxLength = 40, pattern = CODE, nullable = true, required = true)
            String districtCode,
            @Schema(description = "负责的街道 / The streets worked", maxItems = MAX_STREETS,
                    required = true)
            List<@Size(max = 40) String> streetCodes,
            @Schema(description = "是否工会律师 / A union lawyer", required = true)
            boolean lawyer,
            @Schema(description = "状态：active 可用，disabled 已停用 / active or disabled",
                    enumeration = {"active", "disabled"}, required = true)
            String status,
            @Schema(description = "首次登录前须修改密码 / Must change the password before signing in", required = true)
            boolean passwordChangeRequired,
            @Schema(description = "创建时间 / Created", required = true) Instant createdAt,
            @Schema(description = "最近修改时间 / Last changed", required = true) Instant updatedAt) {
    }
}
