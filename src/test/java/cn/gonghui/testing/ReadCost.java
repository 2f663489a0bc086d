package cn.gonghui.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;

/**
 * What one request costs the database, from Hibernate's statistics (on in the test profile): the
 * statements it prepares and the connections it takes. One connection means one transaction: with
 * none running, every statement takes a connection of its own. The service's background jobs share
 * the counters, and the first run of a query is translated whatever is done, so the request runs three
 * times and the cheapest run counts.
 */
@ApplicationScoped
public class ReadCost {

    /**
     * Statements prepared and connections taken by one request, and how many of its queries Hibernate
     * translated from HQL to SQL again instead of reusing the translation it keeps: a query it keeps
     * finds two things in its cache on each run (the parsed HQL and the SQL made of it), one it does
     * not keep (a parameter that may stand for a list, see ListParameters) only the first.
     */
    public record Cost(long statements, long connections, long translations) {
    }

    /** A background job's statement or connection in one run must not count, in any of the three. */
    private static final Comparator<Cost> CHEAPEST_FIRST = Comparator.comparingLong(Cost::statements)
            .thenComparingLong(Cost::translations).thenComparingLong(Cost::connections);

    private final SessionFactory sessionFactory;

    public ReadCost(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public Cost of(Runnable request) {
        Cost cheapest = null;
        for (int run = 0; run < 3; run++) {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            request.run();
            Cost cost = new Cost(statistics.getPrepareStatementCount(), statistics.getConnectCount(),
                    translations(statistics));
            if (cheapest == null || CHEAPEST_FIRST.compare(cost, cheapest) < 0) {
                cheapest = cost;
            }
        }
        return cheapest;
    }

    /** Hibernate counts the runs of a query it lists (not those read as a stream) and its cache hits. */
    private static long translations(Statistics statistics) {
        long translations = 0;
        for (String query : statistics.getQueries()) {
            QueryStatistics counts = statistics.getQueryStatistics(query);
            translations += Math.max(0, 2 * counts.getExecutionCount() - counts.getPlanCacheHitCount());
        }
        return translations;
    }
}
