package cn.gonghui.disclosure;

import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.disclosure.DisclosureViews.CorrectionRequest;
import cn.gonghui.disclosure.DisclosureViews.DisclosureRequest;
import cn.gonghui.disclosure.DisclosureViews.DisclosureView;
import cn.gonghui.disclosure.DisclosureViews.FundTotals;
import cn.gonghui.disclosure.DisclosureViews.ReviewResults;
import cn.gonghui.disclosure.DisclosureViews.UnionRef;
import cn.gonghui.disclosure.DisclosureViews.VersionView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 会务公开 for officers: a draft is written, published, corrected by new versions (the old ones stay
 * readable, each saying what changed) and may be withdrawn. Every change locks the row and needs the
 * version the officer saw (If-Match). A document beyond the officer's unions is not found.
 */
@ApplicationScoped
public class Disclosures {

    static final String INVALID = "DISCLOSURE_INVALID";

    private final EntityManager entityManager;
    private final DisclosureVersions versions;
    private final Attachments attachments;
    private final StreetQueries places;
    private final Clock clock;

    public Disclosures(EntityManager entityManager, DisclosureVersions versions, Attachments attachments,
            StreetQueries places, Clock clock) {
        this.entityManager = entityManager;
        this.versions = versions;
        this.attachments = attachments;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public Versioned<DisclosureView> create(DataScope scope, UUID officerId, DisclosureRequest request) {
        DisclosureKind kind = DisclosureKind.ofCode(request.kind());
        List<FieldError> errors = new ArrayList<>();
        if (kind == DisclosureKind.DEMOCRATIC_REVIEW) {
            errors.add(FieldError.of("kind", "PUBLISHED_BY_REVIEW"));
        }
        UUID street = null;
        UUID district = null;
        if ((request.streetCode() == null) == (request.districtCode() == null)) {
            errors.add(FieldError.of("streetCode", "STREET_OR_DISTRICT"));
        } else if (request.streetCode() != null) {
            street = places.byCode(request.streetCode()).map(StreetQueries.StreetRef::id).orElse(null);
            if (street == null) {
                errors.add(FieldError.of("streetCode", "UNKNOWN_STREET"));
            }
        } else {
            district = places.district(request.districtCode()).map(StreetQueries.DistrictRef::id).orElse(null);
            if (district == null) {
                errors.add(FieldError.of("districtCode", "UNKNOWN_DISTRICT"));
            }
        }
        checkTotals(kind, request.fundTotals(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, INVALID, errors);
        }
        if (!DisclosureReach.of(scope, places).covers(street, district)) {
            throw new ApiProblem(403, "DISCLOSURE_OUT_OF_REACH");
        }
        List<AttachmentView> files = attachments.requireUploadedByOfficer(officerId, ids(request.attachmentIds()), INVALID);
        Disclosure disclosure = new Disclosure();
        disclosure.id = Ids.newId();
        disclosure.kind = kind;
        disclosure.streetId = street;
        disclosure.districtId = district;
        disclosure.year = request.year().shortValue();
        disclosure.period = request.period();
        disclosure.status = DisclosureStatus.DRAFT;
        disclosure.currentVersion = 1;
        disclosure.createdBy = officerId;
        disclosure.createdAt = clock.instant();
        disclosure.updatedAt = disclosure.createdAt;
        disclosure.persist();
        entityManager.flush();
        versions.add(disclosure.id, 1, new DisclosureVersions.Content(request.title(), request.body(), request.fundTotals(),
                null, files, null), officerId, disclosure.createdAt);
        return versioned(disclosure);
    }

    /**
     * A review round's results, published at once as a {@code democratic_review} document of the street:
     * the review capability counted and suppressed them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishReviewResults(UUID streetId, int year, String title, String body, ReviewResults results,
            UUID officerId) {
        Disclosure disclosure = new Disclosure();
        disclosure.id = Ids.newId();
        disclosure.kind = DisclosureKind.DEMOCRATIC_REVIEW;
        disclosure.streetId = streetId;
        disclosure.year = (short) year;
        disclosure.status = DisclosureStatus.PUBLISHED;
        disclosure.currentVersion = 1;
        disclosure.createdBy = officerId;
        disclosure.createdAt = clock.instant();
        disclosure.publishedAt = disclosure.createdAt;
        disclosure.updatedAt = disclosure.createdAt;
        disclosure.persist();
        entityManager.flush();
        versions.add(disclosure.id, 1, new DisclosureVersions.Content(title, body, null, results, List.of(), null),
                officerId, disclosure.createdAt);
        return disclosure.id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<DisclosureView> get(DataScope scope, UUID id) {
        return versioned(inReach(scope, id, LockModeType.NONE));
    }

    @Transactional
    public Versioned<DisclosureView> publish(DataScope scope, UUID id, String ifMatch) {
        Disclosure disclosure = changing(scope, id, ifMatch);
        move(disclosure, DisclosureStatus.PUBLISHED);
        disclosure.publishedAt = disclosure.updatedAt;
        return flushed(disclosure);
    }

    @Transactional
    public Versioned<DisclosureView> withdraw(DataScope scope, UUID id, String ifMatch, String reason) {
        Disclosure disclosure = changing(scope, id, ifMatch);
        move(disclosure, DisclosureStatus.WITHDRAWN);
        disclosure.withdrawnAt = disclosure.updatedAt;
        disclosure.withdrawalReason = reason;
        return flushed(disclosure);
    }

    @Transactional
    public Versioned<DisclosureView> correct(DataScope scope, UUID id, String ifMatch, UUID officerId,
            CorrectionRequest request) {
        Disclosure disclosure = changing(scope, id, ifMatch);
        if (disclosure.status != DisclosureStatus.PUBLISHED || disclosure.kind == DisclosureKind.DEMOCRATIC_REVIEW) {
            throw conflict(disclosure);
        }
        List<FieldError> errors = new ArrayList<>();
        checkTotals(disclosure.kind, request.fundTotals(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, INVALID, errors);
        }
        List<AttachmentView> files = attachments.requireUploadedByOfficer(officerId, ids(request.attachmentIds()), INVALID);
        disclosure.currentVersion++;
        disclosure.updatedAt = clock.instant();
        versions.add(disclosure.id, disclosure.currentVersion, new DisclosureVersions.Content(request.title(),
                request.body(), request.fundTotals(), null, files, request.changeNote()), officerId, disclosure.updatedAt);
        return flushed(disclosure);
    }

    private Disclosure changing(DataScope scope, UUID id, String ifMatch) {
        Disclosure disclosure = inReach(scope, id, LockModeType.PESSIMISTIC_WRITE);
        EntityVersions.requireMatch(ifMatch, disclosure.version);
        return disclosure;
    }

    private void move(Disclosure disclosure, DisclosureStatus to) {
        if (!DisclosureStatus.MOVES.allows(disclosure.status, to)) {
            throw conflict(disclosure);
        }
        disclosure.status = to;
        disclosure.updatedAt = clock.instant();
    }

    private static ApiProblem conflict(Disclosure disclosure) {
        return ApiProblem.conflict("DISCLOSURE_STATE_CONFLICT").with("currentStatus", disclosure.status.code());
    }

    private Disclosure inReach(DataScope scope, UUID id, LockModeType lock) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        String condition = DisclosureReach.of(scope, places).condition(parameters);
        TypedQuery<Disclosure> query = entityManager.createQuery("select d from Disclosure d where d.id = :id and "
                + condition, Disclosure.class).setLockMode(lock);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiProblem.notFound("DISCLOSURE_NOT_FOUND", id));
    }

    private Versioned<DisclosureView> flushed(Disclosure disclosure) {
        entityManager.flush();
        return versioned(disclosure);
    }

    private Versioned<DisclosureView> versioned(Disclosure disclosure) {
        return new Versioned<>(view(disclosure, versions.of(disclosure.id), places), disclosure.version);
    }

    static DisclosureView view(Disclosure disclosure, List<VersionView> all, StreetQueries places) {
        return new DisclosureView(disclosure.id, disclosure.kind.code(), disclosure.status.code(),
                union(disclosure.streetId, disclosure.districtId, places), disclosure.year, disclosure.period, all.get(0),
                all.subList(1, all.size()), disclosure.publishedAt, disclosure.withdrawnAt, disclosure.withdrawalReason);
    }

    static UnionRef union(UUID streetId, UUID districtId, StreetQueries places) {
        if (streetId != null) {
            return places.find(streetId).map(street -> new UnionRef("street", street.code(), street.name()))
                    .orElseThrow();
        }
        return places.district(districtId).map(district -> new UnionRef("district", district.code(), district.name()))
                .orElseThrow();
    }

    private static void checkTotals(DisclosureKind kind, FundTotals totals, List<FieldError> errors) {
        if (kind.isFundDocument() && totals == null) {
            errors.add(FieldError.of("fundTotals", "REQUIRED_FOR_FUND_DOCUMENTS"));
        } else if (!kind.isFundDocument() && totals != null) {
            errors.add(FieldError.of("fundTotals", "NOT_A_FUND_DOCUMENT"));
        } else if (totals != null && new BigDecimal(totals.income()).subtract(new BigDecimal(totals.expenditure()))
                .compareTo(new BigDecimal(totals.balance())) != 0) {
            errors.add(FieldError.of("fundTotals.balance", "TOTALS_DO_NOT_ADD_UP"));
        }
    }

    private static List<UUID> ids(List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }

}
