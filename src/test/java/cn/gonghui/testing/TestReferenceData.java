package cn.gonghui.testing;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReferenceDataChanged;
import io.quarkus.arc.Arc;

/**
 * Tells the service under test that reference data changed behind its back (rows a test wrote with
 * SQL), as the instance that changes it does after its commit: the copies it keeps in memory are
 * dropped before the next request.
 */
public final class TestReferenceData {

    private TestReferenceData() {
    }

    public static void placesChanged() {
        Arc.container().beanManager().getEvent().select(ReferenceDataChanged.class)
                .fire(new ReferenceDataChanged(StreetQueries.REFERENCE_DATA_KIND));
    }
}
