package org.jointfunding.kit.jobs;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a scheduled method: shutdown waits for a run in progress to finish (see {@link RunningJobs}) instead of
 * closing the container under it, and drops a run that arrives after shutdown has begun. Pair it with
 * {@code skipExecutionIf = RunningJobs.Stopping.class} (or a predicate that asks {@link RunningJobs#stopping()}),
 * so that such a run is skipped before its bean is looked up.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface FinishedBeforeShutdown {
}
