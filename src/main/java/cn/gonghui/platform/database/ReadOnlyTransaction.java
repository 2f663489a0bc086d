package cn.gonghui.platform.database;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read runs in one read-only transaction: every statement sees the same snapshot, the connection
 * is taken from the pool once instead of once per statement, PostgreSQL refuses any write
 * ({@code SET TRANSACTION READ ONLY}), and Hibernate loads the entities read-only, so it keeps no
 * copy of their state to compare and never flushes. Called inside a transaction that already runs
 * (a write that answers with the view it produced), the method joins it unchanged.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyTransaction {
}
