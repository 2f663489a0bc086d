package cn.gonghui.application;

import cn.gonghui.place.BookedSlot;
import cn.gonghui.place.StationSlots;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The offline step of an application: the officer proposes a station, the applicant books a slot
 * there (taking a place of its capacity), the officer records the visit. A cancelled or missed
 * appointment leaves a new proposed one, so the applicant can book again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Appointments {

    private final StationSlots slots;
    private final Clock clock;

    public Appointments(StationSlots slots, Clock clock) {
        this.slots = slots;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Appointment> live(Application application) {
        return Appointment.<Appointment>find("application = ?1 and status in ?2", application,
                java.util.List.of(Appointment.State.PROPOSED, Appointment.State.BOOKED, Appointment.State.ARRIVED))
                .firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Appointment.State liveState(Application application) {
        return live(application).map(appointment -> appointment.status).orElse(null);
    }

    public void propose(Application application, UUID stationId) {
        Appointment appointment = new Appointment();
        appointment.id = Ids.newId();
        appointment.application = application;
        appointment.stationId = stationId;
        appointment.status = Appointment.State.PROPOSED;
        appointment.createdAt = clock.instant();
        appointment.updatedAt = appointment.createdAt;
        appointment.persist();
    }

    /** Books a slot, or moves a booking to another slot (the old place is given back). */
    public Appointment book(Application application, String slotId) {
        Appointment appointment = live(application).orElseThrow();
        if (appointment.status == Appointment.State.BOOKED) {
            slots.release(appointment.stationId, appointment.startsAt);
        }
        BookedSlot booked = slots.book(appointment.stationId, slotId);
        appointment.slotId = booked.slotId();
        appointment.startsAt = booked.start();
        appointment.endsAt = booked.end();
        appointment.status = Appointment.State.BOOKED;
        appointment.updatedAt = clock.instant();
        return appointment;
    }

    public void cancel(Application application) {
        Appointment appointment = live(application).orElseThrow();
        end(appointment, Appointment.State.CANCELLED);
        proposeAgain(application, appointment);
    }

    /** The visit happened (fulfilled) or the applicant did not come (no-show, and a new proposal). */
    public void visited(Application application, boolean arrived) {
        Appointment appointment = live(application).orElseThrow();
        appointment.status = arrived ? Appointment.State.FULFILLED : Appointment.State.NOSHOW;
        appointment.updatedAt = clock.instant();
        if (!arrived) {
            proposeAgain(application, appointment);
        }
    }

    /**
     * A new proposal at the same station. The old appointment's end is written first: at most one
     * appointment of an application is live, and the database holds us to that.
     */
    private void proposeAgain(Application application, Appointment ended) {
        Appointment.flush();
        propose(application, ended.stationId);
    }

    /** The application ended before its visit: a booked place is given back. */
    public void closeFor(Application application) {
        live(application).ifPresent(appointment -> end(appointment, Appointment.State.CANCELLED));
    }

    private void end(Appointment appointment, Appointment.State state) {
        if (appointment.status == Appointment.State.BOOKED) {
            slots.release(appointment.stationId, appointment.startsAt);
        }
        appointment.status = state;
        appointment.updatedAt = clock.instant();
    }
}
