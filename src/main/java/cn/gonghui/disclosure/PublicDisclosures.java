package cn.gonghui.disclosure;

import cn.gonghui.attachment.Attachments;
import cn.gonghui.attachment.Attachments.OfficerFile;
import cn.gonghui.disclosure.DisclosureViews.DisclosureView;
import cn.gonghui.disclosure.DisclosureViews.SummaryView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 会务公开 for everyone: published documents only, newest first, with every version; a draft or a
 * withdrawn document is not found, and neither are its files.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class PublicDisclosures {

    /** The list's filters; null for none. */
    public record Filter(String kind, Integer year, String streetCode, String districtCode) {
    }

    private final EntityManager entityManager;
    private final DisclosureVersions versions;
    private final Attachments attachments;
    private final StreetQueries places;

    public PublicDisclosures(EntityManager entityManager, DisclosureVersions versions, Attachments attachments,
            StreetQueries places) {
        this.entityManager = entityManager;
        this.versions = versions;
        this.attachments = attachments;
        this.places = places;
    }

    public Page<SummaryView> list(Filter filter, PageParams page) {
        KeysetQuery<Disclosure> query = KeysetQuery.jpql("select d from Disclosure d", Disclosure.class)
                .where("d.status = :published", "published", DisclosureStatus.PUBLISHED)
                .whereEqual("d.kind", "kind", filter.kind() == null ? null : DisclosureKind.ofCode(filter.kind()))
                .whereEqual("d.year", "year", filter.year() == null ? null : filter.year().shortValue());
        if (filter.streetCode() != null) {
            query.where("d.streetId = :street", "street", places.byCode(filter.streetCode())
                    .map(StreetQueries.StreetRef::id).orElse(new UUID(0, 0)));
        }
        if (filter.districtCode() != null) {
            // the district union's own documents and those of its streets
            UUID district = places.district(filter.districtCode()).map(StreetQueries.DistrictRef::id).orElse(new UUID(0, 0));
            List<UUID> streets = places.ofDistrict(district).stream().map(StreetQueries.StreetRef::id).toList();
            query.where("(d.districtId = :district or d.streetId in :districtStreets)", "district", district)
                    .with("districtStreets", streets.isEmpty() ? List.of(new UUID(0, 0)) : streets);
        }
        List<Disclosure> rows = query.orderBy(Direction.DESCENDING, SortKey.instant("d.publishedAt"), SortKey.uuid("d.id"))
                .page(page).fetch(entityManager);
        Map<UUID, String> titles = versions.currentTitles(rows.stream().map(d -> d.id).toList());
        return query.toPage(rows, d -> Cursor.of(d.publishedAt, d.id), d -> new SummaryView(d.id, d.kind.code(),
                titles.get(d.id), Disclosures.union(d.streetId, d.districtId, places), d.year, d.period, d.currentVersion,
                d.publishedAt));
    }

    public DisclosureView get(UUID id) {
        Disclosure disclosure = published(id);
        return Disclosures.view(disclosure, versions.of(id), places);
    }

    public OfficerFile file(UUID id, UUID attachmentId) {
        published(id);
        if (!versions.names(id, attachmentId)) {
            throw ApiProblem.notFound("ATTACHMENT_NOT_FOUND", attachmentId);
        }
        return attachments.readOfficerUpload(attachmentId);
    }

    private Disclosure published(UUID id) {
        Disclosure disclosure = Disclosure.findById(id);
        if (disclosure == null || disclosure.status != DisclosureStatus.PUBLISHED) {
            throw ApiProblem.notFound("DISCLOSURE_NOT_FOUND", id);
        }
        return disclosure;
    }
}
