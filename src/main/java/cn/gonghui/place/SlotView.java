package cn.gonghui.place;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A slot as the mini-program shows it. The slots are laid out in Beijing time, but like every instant
 * of every response its start and end are given in UTC ({@code Z}): the same appointment reads the
 * same here and on its application.
 */
@Schema(name = "Slot", description = "可预约时段：按北京时间排定，时间与其他响应一样以 UTC（Z）给出 / A bookable slot, laid "
        + "out in Beijing time; like every instant in a response, its times are given in UTC (Z)")
public record SlotView(
        @Schema(description = "时段编号，预约时提交 / Slot id, to send when booking",
                examples = "01a20144-3af1-7ea3-9ce3-d9690a412c72_202611230900", maxLength = SlotId.MAX_LENGTH,
                pattern = SlotId.PATTERN)
        String id,
        @Schema(description = "开始时间（UTC；北京时间 09:00 为 01:00Z）/ Starts at, in UTC (09:00 in Beijing is 01:00Z)",
                examples = "2026-11-23T01:00:00Z", format = "date-time", maxLength = 35)
        Instant start,
        @Schema(description = "结束时间（UTC）/ Ends at, in UTC", examples = "2026-11-23T01:30:00Z", format = "date-time",
                maxLength = 35)
        Instant end,
        @Schema(description = "可接待人数 / Places in the slot", examples = "2", minimum = "1", maximum = "50", format = "int32")
        int capacity,
        @Schema(description = "剩余名额，0 为已约满 / Places left; 0 when full", examples = "1", minimum = "0", maximum = "50",
                format = "int32")
        int remaining) {

    static SlotView of(SlotId id, SlotSchedule.Slot slot, int capacity, int remaining) {
        return new SlotView(id.text(), slot.startInstant(), slot.endInstant(), capacity, remaining);
    }
}
