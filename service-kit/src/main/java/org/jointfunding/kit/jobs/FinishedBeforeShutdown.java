package org.jointfunding.kit.jobs;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a scheduled method: shutdown waits for a run in progress to finish (see {@link RunningJobs}) instead of
 * closing the container under it. Pair it with {@code skipExecutionIf = Scheduled.ApplicationNotRunning.class}
 * so that no new run starts once shutdown has begun.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface FinishedBeforeShutdown {
}
