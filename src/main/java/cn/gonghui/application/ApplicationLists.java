package cn.gonghui.application;

import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.PersonName;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lists of applications, keyset-paged on id (oldest first), every filter served by an index and
 * the data scope applied in the same query.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class ApplicationLists {

    private final EntityManager entityManager;
    private final ApplicationQueries queries;
    private final StreetQueries streets;
    private final Clock clock;

    public ApplicationLists(EntityManager entityManager, ApplicationQueries queries, StreetQueries streets, Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.streets = streets;
        this.clock = clock;
    }

    public Page<SummaryView> queue(DataScope scope, QueueFilter filter, PageParams page, boolean masked) {
        KeysetQuery<ApplicationLine> query = applications()
                .where(parameters -> scope.condition("a.streetId", "a.memberId", parameters));
        if (!filter.status.isEmpty()) {
            query.where("a.status in :statuses", "statuses", statuses(filter.status));
        }
        query.whereEqual("a.serviceCode", "service", filter.serviceCode)
                .whereEqual("a.assigneeId", "assignee", filter.assignee);
        if (filter.streetCode != null) {
            // a street code that names no street lists nothing, as a filter that matches nothing does
            Optional<UUID> street = streets.byCode(filter.streetCode).map(StreetQueries.StreetRef::id);
            street.ifPresentOrElse(id -> query.where("a.streetId = :street", "street", id), () -> query.where("1 = 0"));
        }
        if (Boolean.TRUE.equals(filter.overdue)) {
            query.where("a.closedAt is null and a.expectedBy < :today", "today", BeijingTime.today(clock));
        }
        if (filter.q != null) {
            // names are stored in one spelling (see PersonName): a search typed with another dot still finds them
            query.where("(a.number like :prefix or " + Members.nameStartsWith("a.memberId", "prefix") + ")", "prefix",
                    PersonName.normalise(filter.q).replace("%", "").replace("_", "") + "%");
        }
        return page(query, page, masked);
    }

    public Page<SummaryView> ofMember(DataScope.OwnRecords own, PageParams page) {
        return page(applications().where(parameters -> own.condition("a.streetId", "a.memberId", parameters)),
                page, false);
    }

    /** The applications alone: their applicants and streets are read for the whole page after ({@link ApplicationQueries#summaries}). */
    private static KeysetQuery<ApplicationLine> applications() {
        return KeysetQuery.jpql(ApplicationLine.SELECT, ApplicationLine.class);
    }

    private Page<SummaryView> page(KeysetQuery<ApplicationLine> query, PageParams page, boolean masked) {
        List<ApplicationLine> rows = query.orderBy(Direction.ASCENDING, SortKey.uuid("a.id")).page(page).fetch(entityManager);
        return query.toPage(rows, line -> Cursor.of(line.id()), queries.lineSummaries(rows, masked));
    }

    private static List<ApplicationStatus> statuses(List<String> codes) {
        List<ApplicationStatus> statuses = new ArrayList<>();
        for (String code : codes) {
            try {
                statuses.add(ApplicationStatus.ofCode(code));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("status", "UNKNOWN_STATUS");
            }
        }
        return statuses;
    }
}
