package cn.gonghui.application;

import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.catalogue.ServiceDefinition;
import cn.gonghui.identity.DataScope;
import cn.gonghui.identity.PersonName;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists of applications, keyset-paged on id (oldest first), every filter served by an index and
 * the data scope applied in the same query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationLists {

    private final EntityManager entityManager;
    private final ApplicationQueries queries;
    private final Clock clock;

    public ApplicationLists(EntityManager entityManager, ApplicationQueries queries, Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.clock = clock;
    }

    public Page<SummaryView> queue(DataScope scope, QueueFilter filter, PageParams page, boolean masked) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.condition("a.street.id", "a.member.id", parameters));
        if (!filter.status.isEmpty()) {
            conditions.add("a.status in :statuses");
            parameters.put("statuses", statuses(filter.status));
        }
        if (filter.serviceCode != null) {
            conditions.add("a.serviceCode = :service");
            parameters.put("service", filter.serviceCode);
        }
        if (filter.streetCode != null) {
            conditions.add("st.code = :street");
            parameters.put("street", filter.streetCode);
        }
        if (filter.assignee != null) {
            conditions.add("a.assignee.id = :assignee");
            parameters.put("assignee", filter.assignee);
        }
        if (Boolean.TRUE.equals(filter.overdue)) {
            conditions.add("a.closedAt is null and a.expectedBy < :today");
            parameters.put("today", BeijingTime.today(clock));
        }
        if (filter.q != null) {
            conditions.add("(a.number like :prefix or m.realName like :prefix)");
            // names are stored in one spelling (see PersonName): a search typed with another dot still finds them
            parameters.put("prefix", PersonName.normalise(filter.q).replace("%", "").replace("_", "") + "%");
        }
        return page(conditions, parameters, page, masked);
    }

    public Page<SummaryView> ofMember(DataScope.OwnRecords own, PageParams page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add(own.condition("a.street.id", "a.member.id", parameters));
        return page(conditions, parameters, page, false);
    }

    private Page<SummaryView> page(List<String> conditions, Map<String, Object> parameters, PageParams page,
            boolean masked) {
        page.after().ifPresent(cursor -> {
            conditions.add("a.id > :after");
            parameters.put("after", cursor.expect(1).uuid(0));
        });
        TypedQuery<Application> query = entityManager.createQuery("select a from Application a join fetch a.member m "
                + "join fetch a.street st join fetch st.district where " + String.join(" and ", conditions)
                + " order by a.id", Application.class).setMaxResults(page.limit() + 1);
        parameters.forEach(query::setParameter);
        Map<String, ServiceDefinition> services = ServiceDefinition.<ServiceDefinition>listAll().stream()
                .collect(Collectors.toMap(service -> service.code, Function.identity()));
        return Page.of(query.getResultList(), page.limit(), application -> Cursor.of(application.id),
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
