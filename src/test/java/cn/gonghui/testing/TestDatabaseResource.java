package cn.gonghui.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every {@code @QuarkusTest}. */
@QuarkusTestResource(TestDatabase.class)
public final class TestDatabaseResource {

    private TestDatabaseResource() {
    }
}
