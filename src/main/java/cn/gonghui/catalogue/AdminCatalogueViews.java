package cn.gonghui.catalogue;

import cn.gonghui.platform.text.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue as administrators see and change it: both languages, every district. */
public final class AdminCatalogueViews {

    static final String DISTRICT_CODE = "^[a-z][a-z0-9-]*$";

    private AdminCatalogueViews() {
    }

    @Schema(name = "ServiceName", description = "服务名称（中英文）/ A service's name, in both languages")
    public record NameText(
            @NotBlank @Size(max = 60) @Schema(description = "中文 / Chinese", examples = "申请入会", maxLength = 60) String zh,
            @NotBlank @Size(max = 60) @Schema(description = "英文 / English", examples = "Join the union", maxLength = 60)
            String en) {

        static NameText of(LocalisedText text) {
            return new NameText(text.zh(), text.en());
        }
    }

    @Schema(name = "ServiceDescription", description = "服务说明（中英文）/ A service's description, in both languages")
    public record DescriptionText(
            @NotBlank @Size(max = 1000) @MultiLineText
            @Schema(description = "中文 / Chinese", examples = "职工实名申请加入工会。", maxLength = 1000) String zh,
            @NotBlank @Size(max = 1000) @MultiLineText
            @Schema(description = "英文 / English", examples = "A worker applies by real name to join the union.",
                    maxLength = 1000) String en) {
    }

    @Schema(name = "RequiredDocumentText", description = "需携带的材料（中英文）/ A document to bring, in both languages")
    public record DocumentText(
            @NotBlank @Size(max = 200) @Schema(description = "中文 / Chinese", examples = "居民身份证原件", maxLength = 200)
            String zh,
            @NotBlank @Size(max = 200) @Schema(description = "英文 / English", examples = "Resident ID card (original)",
                    maxLength = 200) String en) {
    }

    @Schema(name = "DistrictAvailabilityChange", description = "某区是否受理 / Whether one district offers the service")
    public record DistrictChange(
            @NotBlank @Size(max = 40) @Pattern(regexp = DISTRICT_CODE)
            @Schema(description = "区代码 / District code", examples = "xicheng", maxLength = 40, pattern = DISTRICT_CODE)
            String code,
            @NotNull @Schema(description = "是否受理新的申请 / Whether it takes new applications", examples = "false",
                    required = true) Boolean enabled) {
    }

    @Schema(name = "ServiceChange", description = "修改服务：只改给出的字段 / A change to a service: only the fields given")
    public record ServiceChange(
            @Valid @Schema(nullable = true) NameText name,
            @Valid @Schema(nullable = true) DescriptionText description,
            @Min(1) @Max(365) @Schema(description = "承诺办理时限（工作日）/ Handling time in working days", examples = "10",
                    minimum = "1", maximum = "365", format = "int32", nullable = true) Integer handlingDays,
            @Size(max = 20) @Schema(description = "需携带的材料（整体替换）/ What to bring, replaced as a whole", maxItems = 20,
                    nullable = true) List<@NotNull @Valid DocumentText> documents,
            @Schema(description = "全市是否受理新的申请（仅管理员）/ Whether new applications are taken anywhere (admin "
                    + "only)", examples = "true", nullable = true) Boolean enabled,
            @Size(max = 50) @Schema(description = "各区是否受理（区总工会干部只能改本区）/ Per district (a district officer "
                    + "changes their own only)", maxItems = 50, nullable = true) List<@NotNull @Valid DistrictChange> districts) {

        /** Whether the change touches anything beyond the districts' availability. */
        boolean changesTheService() {
            return name != null || description != null || handlingDays != null || documents != null || enabled != null;
        }
    }

    @Schema(name = "DistrictAvailability", description = "某区是否受理这项服务 / Whether a district offers the service")
    public record DistrictView(
            @Schema(description = "区代码 / District code", examples = "xicheng", maxLength = 40, pattern = DISTRICT_CODE)
            String code,
            @Schema(description = "区名称 / District", examples = "西城区", maxLength = 40) String name,
            @Schema(description = "是否受理新的申请 / Whether it takes new applications", examples = "true") boolean enabled) {
    }

    @Schema(name = "AdminService", description = "服务（管理视图，中英文）/ A service as administrators see it")
    public record ServiceView(
            @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 40,
                    pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$") String code,
            @Schema(description = "业务线 / The line its rules come from", examples = "membership.join", maxLength = 40)
            String line,
            @Schema(description = "用途 / Purpose", enumeration = {"membership", "legal-aid", "hardship", "card", "mutual-aid"}) String purpose,
            NameText name,
            DescriptionText description,
            @Schema(description = "承诺办理时限（工作日）/ Handling time in working days", examples = "10", minimum = "1",
                    maximum = "365", format = "int32") int handlingDays,
            @Schema(description = "需携带的材料 / What to bring", maxItems = 20) List<DocumentText> documents,
            @Schema(description = "全市是否受理新的申请 / Whether new applications are taken at all", examples = "true")
            boolean enabled,
            @Schema(description = "各区是否受理 / Per district", maxItems = 50) List<DistrictView> districts,
            @Schema(description = "新申请使用的表单版本 / The form version new applications use", examples = "2",
                    minimum = "1", maximum = "1000", format = "int32") int currentFormVersion,
            @Schema(description = "最后修改时间 / Last changed") Instant updatedAt) {
    }
}
