package cn.gonghui.activity;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member's registration stands: a place (confirmed) or a turn on the waiting list
 * (waitlisted, confirmed when a place comes free); given up by the member (withdrawn) or called off
 * with the activity (cancelled); at the activity, checked in or, once it is over, no_show.
 */
public enum RegistrationStatus implements Coded {
    CONFIRMED, WAITLISTED, WITHDRAWN, CHECKED_IN, NO_SHOW, CANCELLED;

    static final Moves<RegistrationStatus> MOVES = Moves.of(RegistrationStatus.class)
            .allow(CONFIRMED, WITHDRAWN, CHECKED_IN, NO_SHOW, CANCELLED)
            .allow(WAITLISTED, CONFIRMED, WITHDRAWN, CANCELLED)
            .build();

    /** The registrations a member holds: at most one per activity (a unique index says so too). */
    static final Set<RegistrationStatus> LIVE = EnumSet.of(CONFIRMED, WAITLISTED, CHECKED_IN, NO_SHOW);

    /** The registrations that still wait for the activity: those its cancellation reaches. */
    static final Set<RegistrationStatus> OPEN = EnumSet.of(CONFIRMED, WAITLISTED);

    public static RegistrationStatus ofCode(String code) {
        return Coded.ofCode(RegistrationStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<RegistrationStatus> {

        public AsText() {
            super(RegistrationStatus.class);
        }
    }
}
