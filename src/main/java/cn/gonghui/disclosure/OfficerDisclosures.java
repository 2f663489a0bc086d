package cn.gonghui.disclosure;

import cn.gonghui.disclosure.DisclosureViews.OfficerSummaryView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officers' list of 会务公开: every document of the unions they manage (drafts and withdrawn ones
 * too), the newest first, filtered by status, kind and year (V92 indexes each filter and the reach).
 */
@ApplicationScoped
@ReadOnlyTransaction
public class OfficerDisclosures {

    /** The list's filters; null for none. */
    public record Filter(String status, String kind, Integer year) {
    }

    private final EntityManager entityManager;
    private final DisclosureVersions versions;
    private final StreetQueries places;

    public OfficerDisclosures(EntityManager entityManager, DisclosureVersions versions, StreetQueries places) {
        this.entityManager = entityManager;
        this.versions = versions;
        this.places = places;
    }

    public Page<OfficerSummaryView> list(DataScope scope, Filter filter, PageParams page) {
        DisclosureReach reach = DisclosureReach.of(scope, places);
        KeysetQuery<Disclosure> query = KeysetQuery.jpql("select d from Disclosure d", Disclosure.class)
                .where(reach::condition)
                .whereEqual("d.status", "status", filter.status() == null ? null : DisclosureStatus.ofCode(filter.status()))
                .whereEqual("d.kind", "kind", filter.kind() == null ? null : DisclosureKind.ofCode(filter.kind()))
                .whereEqual("d.year", "year", filter.year() == null ? null : filter.year().shortValue());
        List<Disclosure> rows = query.orderBy(Direction.DESCENDING, SortKey.instant("d.createdAt"), SortKey.uuid("d.id"))
                .page(page).fetch(entityManager);
        Map<UUID, String> titles = versions.currentTitles(rows.stream().map(d -> d.id).toList());
        return query.toPage(rows, d -> Cursor.of(d.createdAt, d.id), d -> new OfficerSummaryView(d.id, d.kind.code(),
                d.status.code(), titles.get(d.id), Disclosures.union(d.streetId, d.districtId, places), d.year, d.period,
                d.currentVersion, d.createdAt, d.publishedAt, d.withdrawnAt));
    }
}
