package cn.gonghui.identity;

import cn.gonghui.identity.MemberViews.MemberView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Officers' view of members: always within their data scope ({@link MemberScope}: the members the
 * unions of their streets reach), always masked. The queries are SQL because the scope is a
 * subquery over tables of the capabilities above identity.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminMembers {

    private static final String SELECT = "SELECT m.* FROM members m";

    private final EntityManager entityManager;
    private final MemberPersonalData personal;
    private final MemberScope memberScope;
    private final Clock clock;
    private final AuditLog audit;
    private final StreetQueries streets;

    public AdminMembers(EntityManager entityManager, MemberPersonalData personal, MemberScope memberScope, Clock clock,
            AuditLog audit, StreetQueries streets) {
        this.audit = audit;
        this.streets = streets;
        this.entityManager = entityManager;
        this.personal = personal;
        this.memberScope = memberScope;
        this.clock = clock;
    }

    /**
     * The members in scope; {@code streetCode} narrows them to those one street's union reaches,
     * {@code membershipStatus} to those whose membership there has that status ({@code imported}: the
     * roster's members not claimed yet).
     */
    public Page<MemberView> list(DataScope scope, Optional<String> streetCode, Optional<String> membershipStatus,
            PageParams page) {
        KeysetQuery<Member> query = KeysetQuery.sql(SELECT, Member.class)
                .where(parameters -> memberScope.condition(scope, streetCode, membershipStatus, parameters))
                .orderBy(Direction.ASCENDING, SortKey.uuid("m.id"))
                .page(page);
        List<Member> rows = query.fetch(entityManager);
        Function<Member, MemberView> view = views(rows);
        return query.toPage(rows, member -> Cursor.of(member.id), view);
    }

    public MemberView get(DataScope scope, UUID id) {
        return findInScope(scope, id).map(member -> views(List.of(member)).apply(member))
                .orElseThrow(() -> ApiProblem.notFound("MEMBER_NOT_FOUND", id));
    }

    /** Members with this phone or ID number, found by blind index: the plaintext is never queried. */
    public List<MemberView> lookup(DataScope scope, String phone, String idNumberText) {
        Map<String, Object> parameters = new HashMap<>();
        String condition;
        if (phone != null) {
            condition = "m.phone_index = :index";
            parameters.put("index", personal.phoneIndex(phone));
        } else if (idNumberText != null) {
            condition = "m.id_number_index = :index";
            parameters.put("index", personal.idNumberIndex(IdNumber.ofField("idNumber", idNumberText, BeijingTime.today(clock))));
        } else {
            throw ApiProblem.invalidField("phone", "PHONE_OR_ID_NUMBER");
        }
        String where = " WHERE " + condition + " AND " + memberScope.condition(scope, Optional.empty(), parameters);
        List<Member> found = members(where + " ORDER BY m.id", parameters, PageParams.MAX_LIMIT);
        return found.stream().map(views(found)).toList();
    }

    /**
     * A member's personal data in plain text, for an officer who gives a reason: every such look is
     * audited, and so is a look outside the officer's scope, which finds nothing (404).
     */
    @Transactional
    public MemberViews.MeView personalData(DataScope scope, UUID id, String reason) {
        if (reason.strip().length() < 4) {
            throw ApiProblem.invalidField("reason", "TOO_SHORT");
        }
        Optional<Member> member = findInScope(scope, id);
        AuditEvent look = AuditEvent.of("member.pii_view", "member", id).details(Map.of("reason", reason.strip()));
        if (member.isEmpty()) {
            audit.recordAlone(look.outcome(AuditEvent.Outcome.DENIED));
            throw ApiProblem.notFound("MEMBER_NOT_FOUND", id);
        }
        audit.record(look);
        return MemberViews.MeView.of(member.get(), streets.viewOf(member.get().streetId).orElse(null), personal);
    }

    public Optional<Member> findInScope(DataScope scope, UUID id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        String where = " WHERE m.id = :id AND " + memberScope.condition(scope, Optional.empty(), parameters);
        return members(where, parameters, 1).stream().findFirst();
    }

    /** The masked views of these members, their streets read in one query for all of them. */
    private Function<Member, MemberView> views(List<Member> members) {
        Map<UUID, StreetView> streetViews = streets.viewsOf(members.stream().map(member -> member.streetId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return member -> MemberView.of(member, member.streetId == null ? null : streetViews.get(member.streetId),
                personal);
    }

    @SuppressWarnings("unchecked")
    private List<Member> members(String where, Map<String, Object> parameters, int atMost) {
        Query query = entityManager.createNativeQuery(SELECT + where, Member.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(atMost).getResultList();
    }
}
