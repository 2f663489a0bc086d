package cn.gonghui.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of the member's own profile; fields left out (or null) stay as they are. */
@Schema(name = "ProfileChange", description = "修改本人资料，未给出（或为 null）的字段不变 / Changes to the own profile; fields "
        + "left out (or null) stay unchanged")
public record ProfileChange(
        @Size(min = 1, max = 32)
        @Schema(description = "昵称 / Nickname", examples = "小王", maxLength = 32, nullable = true)
        String nickname,
        @Size(max = 40)
        @Pattern(regexp = "^[a-z][a-z0-9-]*$")
        @Schema(description = "所属街道代码 / Code of the member's street", examples = "desheng", maxLength = 40,
                pattern = "^[a-z][a-z0-9-]*$", nullable = true)
        String streetCode) {
}
