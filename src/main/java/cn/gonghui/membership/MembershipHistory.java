package cn.gonghui.membership;

import cn.gonghui.membership.MembershipResource.MembershipView;
import cn.gonghui.membership.MembershipResource.StepView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member's membership with its history, as they see it and as their data export holds it: the
 * streets of the membership and of every step read in one query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembershipHistory {

    private static final MembershipView NONE = new MembershipView("none", null, null, null, null, null, null, List.of());

    private final StreetQueries streets;

    public MembershipHistory(StreetQueries streets) {
        this.streets = streets;
    }

    /** The member's membership with its history; status none before they joined. */
    public MembershipView of(UUID memberId) {
        return Membership.of(memberId).map(this::view).orElse(NONE);
    }

    private MembershipView view(Membership membership) {
        List<MembershipEvent> steps = MembershipEvent.list("membership = ?1 order by at", membership);
        Set<UUID> streetIds = new HashSet<>();
        streetIds.add(membership.streetId);
        steps.forEach(step -> streetIds.add(step.streetId));
        Map<UUID, StreetView> views = streets.viewsOf(streetIds);
        return new MembershipView(membership.status.code(), membership.number, membership.unionName,
                views.get(membership.streetId), membership.since, membership.employerName, membership.occupation,
                steps.stream().map(step -> new StepView(step.at, step.event, views.get(step.streetId), step.unionName))
                        .toList());
    }
}
