package cn.gonghui.platform.database;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction of a scheduled job: it gets the job's bounds on lock waits and statements
 * ({@code gonghui.database.job-lock-timeout}, {@code job-statement-timeout}) instead of the request
 * paths' short ones, which every pooled connection starts with. The bounds are set with
 * {@code SET LOCAL}, so they end with the transaction and the connection goes back to the pool as
 * it came. Put it on the method that begins the transaction (next to {@code @Transactional}) or on
 * one that runs inside it.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BackgroundWork {
}
