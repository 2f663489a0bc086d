package cn.gonghui.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue as clients see it, in the caller's language. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    @Schema(name = "ServiceSummary", description = "可申请的服务 / A service one can apply for")
    public record ServiceSummaryView(
            @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 40,
                    pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$")
            String code,
            @Schema(description = "名称 / Name", examples = "申请入会", maxLength = 60)
            String name,
            @Schema(description = "说明 / Description", maxLength = 1000)
            String description,
            @Schema(description = "用途（同意书的目的）/ Purpose, as consented to",
                    enumeration = {"membership", "legal-aid", "hardship", "card", "mutual-aid"})
            String purpose,
            @Schema(description = "承诺办理时限（工作日）/ Handling time in working days", examples = "10", minimum = "1",
                    maximum = "365", format = "int32")
            int handlingDays,
            @Schema(description = "是否需要预约到站办理 / Whether the offline step is booked", examples = "true")
            boolean usesAppointment,
            @Schema(description = "是否需要区总工会复核 / Whether the district reviews too", examples = "false")
            boolean usesDistrictReview,
            @Schema(description = "线下办理地点 / Where the offline step happens",
                    enumeration = {"street_station", "bank_branch", "none"})
            String offlinePlace) {

        static ServiceSummaryView of(Service service, Locale locale) {
            return new ServiceSummaryView(service.code(), service.name(locale), service.description(locale),
                    service.purpose(), service.handlingDays(), service.usesAppointment(), service.usesDistrictReview(),
                    service.offlinePlace());
        }
    }

    @Schema(name = "FormChoice", description = "可选值 / An allowed value")
    public record ChoiceView(
            @Schema(description = "取值 / Value", examples = "courier", maxLength = 40, pattern = "^[a-z0-9_]+$") String code,
            @Schema(description = "名称 / Label", examples = "快递员", maxLength = 60) String label) {
    }

    @Schema(name = "FormAttribute", description = "表单字段（Open311 attribute）/ A form field, Open311's attribute")
    public record AttributeView(
            @Schema(description = "字段代码 / Field code", examples = "employerName", maxLength = 40,
                    pattern = "^[a-zA-Z][a-zA-Z0-9]*$") String code,
            @Schema(description = "数据类型 / Datatype", enumeration = {"string", "text", "number", "money", "date",
                    "boolean", "single-choice", "multi-choice", "attachment", "list"}) String datatype,
            @Schema(description = "是否必填 / Required") boolean required,
            @Schema(description = "显示顺序 / Order", minimum = "0", maximum = "1000", format = "int32") int order,
            @Schema(description = "名称 / Label", examples = "工作单位", maxLength = 60) String label,
            @Schema(description = "填写说明 / Help text", maxLength = 500, nullable = true) String help,
            @Schema(description = "最大长度 / Maximum length", minimum = "1", maximum = "10000", format = "int32",
                    nullable = true) Integer maxLength,
            @Schema(description = "格式（正则）/ Pattern", maxLength = 200, nullable = true) String pattern,
            @Schema(description = "最小值 / Minimum", nullable = true, type = SchemaType.NUMBER) BigDecimal min,
            @Schema(description = "最大值 / Maximum", nullable = true, type = SchemaType.NUMBER) BigDecimal max,
            @Schema(description = "多选、附件或列表的最多个数 / Most items of a multi-choice, attachment or list field",
                    minimum = "1", maximum = "100", format = "int32", nullable = true) Integer maxItems,
            @Schema(description = "可选值 / Allowed values", maxItems = 100, nullable = true) List<ChoiceView> values,
            @Schema(description = "是否敏感信息（加密存储）/ Sensitive, stored encrypted") boolean sensitive,
            @Schema(description = "list 类型：每一项的字段（仅一层）/ A list's fields of each item (one level)",
                    maxItems = 50, nullable = true) List<AttributeView> items) {

        static AttributeView of(FormAttribute attribute, Locale locale) {
            return new AttributeView(attribute.code(), attribute.datatype().code(), attribute.required(), attribute.order(),
                    attribute.label().in(locale), attribute.help() == null ? null : attribute.help().in(locale),
                    attribute.maxLength(), attribute.pattern(), attribute.min(), attribute.max(), attribute.maxItems(),
                    attribute.values() == null ? null
                            : attribute.values().stream().map(choice -> new ChoiceView(choice.code(),
                                    choice.label().in(locale))).toList(),
                    attribute.sensitive(),
                    attribute.items() == null ? null
                            : attribute.items().stream().map(item -> AttributeView.of(item, locale)).toList());
        }
    }

    @Schema(name = "Form", description = "表单定义的一个版本 / A version of a form definition")
    public record FormView(
            @Schema(description = "版本 / Version", examples = "1", minimum = "1", maximum = "1000", format = "int32")
            int version,
            @Schema(description = "字段 / Fields", maxItems = 100) List<AttributeView> attributes) {
    }

    @Schema(name = "RequiredDocument", description = "需携带的材料 / A document to bring")
    public record DocumentView(
            @Schema(description = "材料名称 / What to bring", examples = "居民身份证原件", maxLength = 200) String name) {
    }

    @Schema(name = "Service", description = "服务的完整定义 / A service, in full")
    public record ServiceView(
            ServiceSummaryView service,
            @Schema(description = "需携带的材料 / What to bring to the offline step", maxItems = 20)
            List<DocumentView> documents,
            FormView form) {
    }
}
