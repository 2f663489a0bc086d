package cn.gonghui.testing;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What one request costs the database, from Hibernate's statistics (on in the test profile): the
 * statements it prepares and the connections it takes. One connection means one transaction: with
 * none running, every statement takes a connection of its own. The service's background jobs share
 * the counters, so the request runs three times and the cheapest run counts.
 */
@ApplicationScoped
public class ReadCost {

    /** Statements prepared and connections taken by one request. */
    public record Cost(long statements, long connections) {
    }

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
            Cost cost = new Cost(statistics.getPrepareStatementCount(), statistics.getConnectCount());
            if (cheapest == null || cost.statements() < cheapest.statements()) {
                cheapest = cost;
            }
        }
        return cheapest;
    }
}
