package cn.gonghui.identity;

import cn.gonghui.identity.OfficerRecords.OfficerRecord;
import cn.gonghui.identity.OfficerViews.OfficerView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads of officer accounts within the caller's reach: the list, one account, and who reaches what. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficerDirectory {

    /** The list's filters, each optional. */
    public record Filter(String role, String streetCode, String status) {
    }

    private final EntityManager entityManager;
    private final OfficerRecords records;
    private final OfficerAssignment assignment;

    public OfficerDirectory(EntityManager entityManager, OfficerRecords records, OfficerAssignment assignment) {
        this.entityManager = entityManager;
        this.records = records;
        this.assignment = assignment;
    }

    /** Everything for an administrator, their district's street officers for a district officer; else 403. */
    public OfficerReach reachOf(Caller caller) {
        if (caller.hasRole(Role.ADMIN)) {
            return OfficerReach.everything();
        }
        if (caller.hasRole(Role.DISTRICT_OFFICER)) {
            List<?> district = entityManager.createNativeQuery("SELECT district_id FROM officers WHERE id = :id")
                    .setParameter("id", UUID.fromString(caller.subject())).getResultList();
            if (!district.isEmpty() && district.get(0) != null) {
                return assignment.reachOfDistrict((UUID) district.get(0));
            }
        }
        throw new ApiProblem(403, "FORBIDDEN");
    }

    /** Ordered by user name, which is unique: the keyset of the pages. */
    public Page<OfficerView> list(OfficerReach reach, Filter filter, PageParams page) {
        UUID street = filter.streetCode() == null ? null : assignment.streetId(filter.streetCode());
        KeysetQuery<Object[]> query = KeysetQuery.sql(OfficerRecords.SELECT, Object[].class)
                .where(reach::condition)
                .whereEqual("o.roles[1]", "role", filter.role());
        if (street != null) {
            query.where("EXISTS (SELECT 1 FROM officer_streets f WHERE f.officer_id = o.id AND f.street_id = :street)",
                    "street", street);
        }
        if (filter.status() != null) {
            query.where("o.enabled = :enabled", "enabled", "active".equals(filter.status()));
        }
        return query.orderBy(Direction.ASCENDING, SortKey.text("o.username")).page(page)
                .fetchPage(entityManager, row -> Cursor.of(row[1]), row -> view(OfficerRecords.row(row)));
    }

    public Versioned<OfficerView> get(OfficerReach reach, UUID id) {
        OfficerRecord officer = inReach(reach, id, false);
        return new Versioned<>(view(officer), officer.version());
    }

    /** The account if the caller reaches it; one outside the reach is not found, exactly like none. */
    public OfficerRecord inReach(OfficerReach reach, UUID id, boolean forUpdate) {
        return records.find(id, forUpdate).filter(reach::covers)
                .orElseThrow(() -> ApiProblem.notFound("OFFICER_NOT_FOUND", id));
    }

    public OfficerView view(OfficerRecord officer) {
        return new OfficerView(officer.id(), officer.username(), officer.displayName(), officer.role(),
                assignment.districtCode(officer.districtId()), List.copyOf(assignment.streetCodes(officer.streetIds())),
                officer.lawyer(), officer.enabled() ? "active" : "disabled", officer.passwordChangeRequired(),
                officer.createdAt(), officer.updatedAt());
    }
}
