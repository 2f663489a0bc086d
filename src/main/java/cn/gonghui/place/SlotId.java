package cn.gonghui.place;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of a bookable slot: its station and its start in Beijing time, as
 * {@code <stationId>_<yyyyMMddHHmm>}. Slots exist before anyone books them, so their id is made
 * from what defines them rather than stored; clients treat it as opaque.
 */
public record SlotId(UUID stationId, LocalDateTime start) {

    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_[0-9]{12}$";
    public static final int MAX_LENGTH = 49;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    public static SlotId of(UUID stationId, Instant start) {
        return new SlotId(stationId, LocalDateTime.ofInstant(start, ClockProducer.BEIJING));
    }

    /** Reads an id a client sent; anything that is not exactly one of ours is empty. */
    public static Optional<SlotId> parse(String text) {
        if (text == null || text.length() != MAX_LENGTH || text.charAt(36) != '_') {
            return Optional.empty();
        }
        Optional<UUID> station = Ids.parse(text.substring(0, 36))
                .filter(id -> id.toString().equals(text.substring(0, 36)));
        try {
            LocalDateTime start = LocalDateTime.parse(text.substring(37), MINUTE);
            return station.map(id -> new SlotId(id, start));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Instant startInstant() {
        return start.atZone(ClockProducer.BEIJING).toInstant();
    }

    public String text() {
        return stationId + "_" + MINUTE.format(start);
    }

    @Override
    public String toString() {
        return text();
    }
}
