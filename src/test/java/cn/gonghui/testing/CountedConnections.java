package cn.gonghui.testing;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the connections taken from it, for a part of the service made by hand in
 * a test (a rate limiter, the account check): one connection is one round of work with PostgreSQL.
 */
public final class CountedConnections {

    private final AtomicInteger taken = new AtomicInteger();
    private final DataSource dataSource;

    public CountedConnections(DataSource real) {
        this.dataSource = Counting.calls(DataSource.class, real, "getConnection", taken);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int taken() {
        return taken.get();
    }
}
