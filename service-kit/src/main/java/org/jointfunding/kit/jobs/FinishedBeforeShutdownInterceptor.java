package org.jointfunding.kit.jobs;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@FinishedBeforeShutdown
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class FinishedBeforeShutdownInterceptor {

    private final RunningJobs jobs;

    FinishedBeforeShutdownInterceptor(RunningJobs jobs) {
        this.jobs = jobs;
    }

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        if (!jobs.admit()) {
            return null; // shutdown has begun: the run is dropped, the next start runs it
        }
        try {
            return context.proceed();
        } finally {
            jobs.finished();
        }
    }
}
