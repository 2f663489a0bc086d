package cn.gonghui.disbursement;

import cn.gonghui.disbursement.DisbursementView;
import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.Members.MemberRef;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.privacy.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Disbursements within the caller's scope, newest first, keyset-paged; the payee's name masked. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisbursementQueries {

    /** The list's filters; {@code null} means any. */
    public record Filter(DisbursementStatus status, String period, String programme) {
    }

    private final EntityManager entityManager;
    private final Members members;
    private final StreetQueries streets;

    public DisbursementQueries(EntityManager entityManager, Members members, StreetQueries streets) {
        this.entityManager = entityManager;
        this.members = members;
        this.streets = streets;
    }

    public Page<DisbursementView> list(DataScope scope, Filter filter, PageParams page) {
        KeysetQuery<Disbursement> query = KeysetQuery.jpql("select d from Disbursement d", Disbursement.class)
                .where(parameters -> scope.condition("d.streetId", "d.memberId", parameters))
                .whereEqual("d.status", "status", filter.status())
                .whereEqual("d.period", "period", given(filter.period()))
                .whereEqual("d.programme", "programme", given(filter.programme()))
                .orderBy(Direction.DESCENDING, SortKey.instant("d.createdAt"), SortKey.uuid("d.id"))
                .page(page);
        List<Disbursement> rows = query.fetch(entityManager);
        Map<UUID, String> names = names(rows);
        Map<UUID, String> streets = streetCodes(rows);
        return query.toPage(rows, row -> Cursor.of(row.createdAt, row.id),
                row -> view(row, names.get(row.memberId), streets.get(row.streetId)));
    }

    /** Every disbursement to the member of the programmes starting so, newest first, for their data export. */
    public List<DisbursementView> allOf(UUID memberId, String programmePrefix) {
        List<Disbursement> rows = Disbursement.list("memberId = ?1 and programme like ?2 order by createdAt desc, id desc",
                memberId, programmePrefix + "%");
        Map<UUID, String> names = names(rows);
        Map<UUID, String> streets = streetCodes(rows);
        return rows.stream().map(row -> view(row, names.get(row.memberId), streets.get(row.streetId))).toList();
    }

    /** One disbursement within the scope, or 404 as if it did not exist. */
    public Disbursement find(UUID id, DataScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        String condition = scope.condition("d.streetId", "d.memberId", parameters);
        TypedQuery<Disbursement> query = entityManager.createQuery("select d from Disbursement d where d.id = :id and "
                + condition, Disbursement.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiProblem.notFound("DISBURSEMENT_NOT_FOUND"));
    }

    public Versioned<DisbursementView> detail(Disbursement row) {
        String payeeName = members.find(row.memberId).map(MemberRef::realName).orElse(null);
        String streetCode = streets.find(row.streetId).orElseThrow().code();
        return new Versioned<>(view(row, payeeName, streetCode), row.version);
    }

    private static DisbursementView view(Disbursement row, String payeeName, String streetCode) {
        return new DisbursementView(row.id, row.programme, row.period, row.beneficiary, row.amount.toPlainString(),
                row.status.code(), row.reference, row.reason, payeeName == null ? null : Masking.name(payeeName), streetCode,
                row.applicationId, row.sourceId, row.sourceId, row.payeeCardId, row.createdAt, row.updatedAt);
    }

    /** The codes of the rows' streets, in one query for the page. */
    private Map<UUID, String> streetCodes(List<Disbursement> rows) {
        return streets.byIds(rows.stream().map(row -> row.streetId).distinct().toList()).stream()
                .collect(Collectors.toMap(StreetRef::id, StreetRef::code));
    }

    /** The payees' names, in one query for the page; a payee without a name is left out. */
    private Map<UUID, String> names(List<Disbursement> rows) {
        return members.findAll(rows.stream().map(row -> row.memberId).filter(Objects::nonNull).distinct().toList())
                .values().stream().filter(member -> member.realName() != null)
                .collect(Collectors.toMap(MemberRef::id, MemberRef::realName));
    }

    /** A blank filter, as a form sends an empty field, means any. */
    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
