package cn.gonghui.place;

import cn.gonghui.platform.time.ClockProducer;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slot as the mini-program shows it, with its times in Beijing. */
@Schema(name = "Slot", description = "可预约时段，北京时间 / A bookable slot, in Beijing time")
public record SlotView(
        @Schema(description = "时段编号，预约时提交 / Slot id, to send when booking",
                examples = "01a20144-3af1-7ea3-9ce3-d9690a412c72_202611230900", maxLength = SlotId.MAX_LENGTH,
                pattern = SlotId.PATTERN)
        String id,
        @Schema(description = "开始时间 / Starts at", examples = "2026-11-23T09:00:00+08:00", format = "date-time",
                maxLength = 35)
        OffsetDateTime start,
        @Schema(description = "结束时间 / Ends at", examples = "2026-11-23T09:30:00+08:00", format = "date-time",
                maxLength = 35)
        OffsetDateTime end,
        @Schema(description = "可接待人数 / Places in the slot", examples = "2", minimum = "1", maximum = "50", format = "int32")
        int capacity,
        @Schema(description = "剩余名额，0 为已约满 / Places left; 0 when full", examples = "1", minimum = "0", maximum = "50",
                format = "int32")
        int remaining) {

    static SlotView of(SlotId id, SlotSchedule.Slot slot, int capacity, int remaining) {
        return new SlotView(id.text(), slot.start().atZone(ClockProducer.BEIJING).toOffsetDateTime(),
                slot.end().atZone(ClockProducer.BEIJING).toOffsetDateTime(), capacity, remaining);
    }
}
