package cn.gonghui.roster;

import cn.gonghui.place.PlaceViews.StreetView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What officers see of an import: its progress and the rows it refused. */
final class RosterImportViews {

    static final int ERRORS_SHOWN = 200;

    private RosterImportViews() {
    }

    @Schema(name = "RosterImport", description = "会员名册导入任务 / A roster import job")
    record ImportView(
            @Schema(description = "任务编号 / Job id") UUID id,
            StreetView street,
            @Schema(description = "状态 / Status", enumeration = {"queued", "running", "completed", "failed"},
                    required = true, maxLength = 9) String status,
            @Schema(description = "上传的文件名 / Uploaded file name", examples = "德胜街道会员名册.xlsx", maxLength = 255,
                    nullable = true, required = true) String fileName,
            @Schema(description = "名册中的数据行数（不含表头和空行）/ Data rows of the roster, header and blank rows aside",
                    examples = "1200", minimum = "0", maximum = "200000") int rowsTotal,
            @Schema(description = "已处理的行数 / Rows processed so far", examples = "500", minimum = "0", maximum = "200000") int rowsProcessed,
            @Schema(description = "新建的会籍 / Memberships created", examples = "480", minimum = "0", maximum = "200000") int rowsCreated,
            @Schema(description = "已有会籍，已更新 / Memberships already there, refreshed", examples = "12", minimum = "0", maximum = "200000") int rowsUpdated,
            @Schema(description = "被拒绝的行 / Rows refused", examples = "8", minimum = "0", maximum = "200000") int rowsRejected,
            @Schema(description = "被拒绝的行及原因，按行号排列，最多 200 条 / The refused rows and why, by row, at most 200",
                    maxItems = ERRORS_SHOWN) List<RowError> errors,
            @Schema(description = "任务为何失败（文件无法读完）/ Why the job failed (the file could not be read to the end)",
                    examples = "ROSTER_FILE_INVALID", maxLength = 64, nullable = true, required = true) String failure,
            @Schema(description = "上传时间 / Uploaded at") Instant createdAt,
            @Schema(description = "完成时间 / Finished at", nullable = true, required = true, maxLength = 35) Instant finishedAt) {
    }

    @Schema(name = "RosterRowError", description = "名册中被拒绝的一个单元格 / One refused cell of the roster")
    record RowError(
            @Schema(description = "表格中的行号（表头是第 1 行）/ Row number in the sheet, the header being row 1",
                    examples = "17", minimum = "2", maximum = "1048576") int row,
            @Schema(description = "列 / Column", enumeration = {"name", "idNumber", "phone", "employerName"},
                    examples = "idNumber") String column,
            @Schema(description = "规则代码 / Rule code", examples = "ID_NUMBER_CHECKSUM", maxLength = 64,
                    pattern = "^[A-Z][A-Z0-9_]*$") String code,
            @Schema(description = "本地化的说明 / Localised message", examples = "校验位不正确", maxLength = 500) String message) {
    }
}
