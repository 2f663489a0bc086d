package cn.gonghui.platform.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where, which rule, and a message for people. */
@Schema(name = "FieldError", description = "请求中一个不合格的字段 / One invalid field of the request")
public record FieldError(
        @Schema(description = "字段路径（JSON 属性、查询参数或路径参数名）/ Path of the field: JSON property, query or path parameter",
                examples = "form.idNumber", maxLength = 200)
        String field,
        @Schema(description = "稳定的规则代码 / Stable rule code", examples = "REQUIRED", maxLength = 64,
                pattern = "^[A-Z][A-Z0-9_]*$")
        String code,
        @Schema(description = "本地化的说明 / Localised message", examples = "不能为空", maxLength = 500)
        String message) {

    /** A field that broke a rule; the message is left to the problem's localisation by code. */
    public static FieldError of(String field, String code) {
        return new FieldError(field, code, null);
    }
}
