package cn.gonghui.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Installs {@link ContractConformance} before every @QuarkusTest method (a service of the Quarkus JUnit extension). */
public class ContractConformanceCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractConformance.install();
    }
}
