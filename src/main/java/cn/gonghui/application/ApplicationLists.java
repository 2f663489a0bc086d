package cn.gonghui.application;

import cn.gonghui.place.StreetQueries;
import java.util.UUID;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.Service;
import cn.gonghui.security.DataScope;
import cn.gonghui.identity.PersonName;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists of applications, keyset-paged on id (oldest first), every filter served by an index and
 * the data scope applied in the same query.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class ApplicationLists {

    /** Stands for a street code that names no street: no application is in it. */
    private static final UUID NO_STREET = new UUID(0, 0);

    private final EntityManager entityManager;
    private final ApplicationQueries queries;
    private final Catalogue catalogue;
    private final Clock clock;
    private final StreetQueries streets;

    public ApplicationLists(EntityManager entityManager, ApplicationQueries queries, Catalogue catalogue, Clock clock,
            StreetQueries streets) {
        this.streets = streets;
        this.entityManager = entityManager;
        this.queries = queries;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public Page<SummaryView> queue(DataScope scope, QueueFilter filter, PageParams page, boolean masked) {
        KeysetQuery<Application> query = applications()
                .where(parameters -> scope.condition("a.street.id", "a.member.id", parameters));
        if (!filter.status.isEmpty()) {
            query.where("a.status in :statuses", "statuses", statuses(filter.status));
        }
        query.whereEqual("a.serviceCode", "service", filter.serviceCode)
                .whereEqual("a.assigneeId", "assignee", filter.assignee);
        if (filter.streetCode != null) {
            // streets are known in memory: the filter is the street's id, so the query joins no street
            query.where("a.street.id = :street", "street", streets.findByCode(filter.streetCode)
                    .map(StreetQueries.StreetRef::id).orElse(NO_STREET));
        }
        if (Boolean.TRUE.equals(filter.overdue)) {
            query.where("a.closedAt is null and a.expectedBy < :today", "today", BeijingTime.today(clock));
        }
        if (filter.q != null) {
            // names are stored in one spelling (see PersonName): a search typed with another dot still finds them
            query.where("(a.number like :prefix or m.realName like :prefix)", "prefix",
                    PersonName.normalise(filter.q).replace("%", "").replace("_", "") + "%");
        }
        return page(query, page, masked);
    }

    public Page<SummaryView> ofMember(DataScope.OwnRecords own, PageParams page) {
        return page(applications().where(parameters -> own.condition("a.street.id", "a.member.id", parameters)),
                page, false);
    }

    private static KeysetQuery<Application> applications() {
        return KeysetQuery.jpql("select a from Application a join fetch a.member m", Application.class);
    }

    private Page<SummaryView> page(KeysetQuery<Application> query, PageParams page, boolean masked) {
        List<Application> rows = query.orderBy(Direction.ASCENDING, SortKey.uuid("a.id")).page(page).fetch(entityManager);
        Map<String, Service> services = catalogue.services().stream()
                .collect(Collectors.toMap(Service::code, Function.identity()));
        return query.toPage(rows, application -> Cursor.of(application.id),
                application -> queries.summary(application, services.get(application.serviceCode), masked));
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
