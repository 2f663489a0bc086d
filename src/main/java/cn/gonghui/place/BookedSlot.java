package cn.gonghui.place;

import java.time.Instant;
import java.util.UUID;

/** A place taken in a slot: what an appointment records of the time it booked. */
public record BookedSlot(String slotId, UUID stationId, Instant start, Instant end) {
}
