package cn.gonghui.catalogue;

import cn.gonghui.platform.text.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Form versions as administrators publish and read them: every attribute in both languages. */
public final class FormVersionViews {

    static final String DATATYPES = "^(string|text|number|money|date|boolean|single-choice|multi-choice|attachment|list)$";
    static final String ATTRIBUTE_CODE = "^[a-zA-Z][a-zA-Z0-9]*$";

    private FormVersionViews() {
    }

    @Schema(name = "FormText", description = "表单上的文字（中文必填，英文可选）/ A text of a form: Chinese, English optional")
    public record Text(
            @NotBlank @Size(max = 500) @MultiLineText
            @Schema(description = "中文 / Chinese", examples = "工作单位", maxLength = 500) String zh,
            @Size(max = 500) @MultiLineText
            @Schema(description = "英文 / English", examples = "Employer", maxLength = 500, nullable = true) String en) {

        LocalisedText localised() {
            return new LocalisedText(zh, en);
        }

        static Text of(LocalisedText text) {
            return text == null ? null : new Text(text.zh(), text.en());
        }
    }

    @Schema(name = "FormChoiceDefinition", description = "可选值 / An allowed value")
    public record Choice(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[a-z0-9_]+$")
            @Schema(description = "取值 / Value", examples = "courier", maxLength = 40, pattern = "^[a-z0-9_]+$") String code,
            @NotNull @Valid Text label) {
    }

    @Schema(name = "FormAttributeDefinition", description = "表单字段的定义（Open311 attribute）/ A form field's definition")
    public record Attribute(
            @NotBlank @Size(max = 40) @Pattern(regexp = ATTRIBUTE_CODE)
            @Schema(description = "字段代码 / Field code", examples = "employerName", maxLength = 40, pattern = ATTRIBUTE_CODE)
            String code,
            @NotBlank @Pattern(regexp = DATATYPES)
            @Schema(description = "数据类型 / Datatype", enumeration = {"string", "text", "number", "money", "date", "boolean",
                    "single-choice", "multi-choice", "attachment", "list"}) String datatype,
            @Schema(description = "是否必填，缺省为否 / Required; false when left out", examples = "false",
                    defaultValue = "false") Boolean required,
            @Min(0) @Max(1000) @Schema(description = "显示顺序 / Order", examples = "1", minimum = "0", maximum = "1000",
                    format = "int32", required = true) int order,
            @NotNull @Valid Text label,
            @Valid @Schema(nullable = true) Text help,
            @Min(1) @Max(10000) @Schema(description = "最大长度 / Maximum length", examples = "100", minimum = "1",
                    maximum = "10000", format = "int32", nullable = true) Integer maxLength,
            @Size(max = 200) @Schema(description = "格式（正则）/ Pattern", maxLength = 200, nullable = true) String pattern,
            @Schema(description = "最小值 / Minimum", type = SchemaType.NUMBER, nullable = true) BigDecimal min,
            @Schema(description = "最大值 / Maximum", type = SchemaType.NUMBER, nullable = true) BigDecimal max,
            @Min(1) @Max(100) @Schema(description = "最多个数 / Most items", minimum = "1", maximum = "100", format = "int32",
                    nullable = true) Integer maxItems,
            @Size(max = 100) @Schema(description = "可选值 / Allowed values", maxItems = 100, nullable = true)
            List<@NotNull @Valid Choice> values,
            @Schema(description = "是否敏感信息（加密存储），缺省为否 / Sensitive, stored encrypted; false when left out",
                    examples = "false", defaultValue = "false") Boolean sensitive,
            @Size(max = 50) @Schema(description = "list 类型每一项的字段（仅一层）/ A list's fields of each item (one level)",
                    maxItems = 50, nullable = true) List<@NotNull @Valid Attribute> items) {

        public Attribute {
            required = Boolean.TRUE.equals(required);
            sensitive = Boolean.TRUE.equals(sensitive);
        }

        static Attribute of(FormAttribute attribute) {
            return new Attribute(attribute.code(), attribute.datatype().code(), attribute.required(), attribute.order(),
                    Text.of(attribute.label()), Text.of(attribute.help()), attribute.maxLength(), attribute.pattern(),
                    attribute.min(), attribute.max(), attribute.maxItems(),
                    attribute.values() == null ? null : attribute.values().stream()
                            .map(choice -> new Choice(choice.code(), Text.of(choice.label()))).toList(),
                    attribute.sensitive(),
                    attribute.items() == null ? null : attribute.items().stream().map(Attribute::of).toList());
        }
    }

    @Schema(name = "FormVersionRequest", description = "要发布的新表单版本 / A new form version to publish")
    public record Request(
            @NotNull @Size(min = 1, max = 100)
            @Schema(description = "字段 / Fields", minItems = 1, maxItems = 100, required = true)
            List<@NotNull @Valid Attribute> attributes) {
    }

    @Schema(name = "FormVersion", description = "表单的一个版本（管理视图）/ A version of a service's form")
    public record View(
            @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 40) String serviceCode,
            @Schema(description = "版本 / Version", examples = "2", minimum = "1", maximum = "1000", format = "int32")
            int version,
            @Schema(description = "是否为新申请现用的版本 / Whether new applications use it", examples = "true")
            boolean current,
            @Schema(description = "发布时间 / Published at") Instant createdAt,
            @Schema(description = "字段 / Fields", maxItems = 100) List<Attribute> attributes) {
    }
}
