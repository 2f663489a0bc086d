package cn.gonghui.attachment;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment", description = "上传的材料 / An uploaded document")
public record AttachmentView(
        @Schema(description = "附件编号 / Attachment id")
        UUID id,
        @Schema(description = "文件名 / File name", examples = "劳动合同.pdf", maxLength = 200)
        String filename,
        @Schema(description = "按内容识别的类型 / Type, as sniffed from the content",
                enumeration = {"image/jpeg", "image/png", "application/pdf"})
        String contentType,
        @Schema(description = "字节数 / Size in bytes", examples = "204800", minimum = "1", maximum = "104857600",
                format = "int64")
        long size,
        @Schema(description = "内容的 SHA-256（十六进制）/ SHA-256 of the content, hex", maxLength = 64,
                pattern = "^[0-9a-f]{64}$")
        String sha256) {
}
