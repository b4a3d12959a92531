package io.workflowrun.camel;

/**
 * The provider throttled the call and asked to be called again later than the retry budget ({@code maxRetryDelay},
 * what is left of {@code maxRetryTime}) allows, so the call failed at once instead of waiting in vain. Nothing was
 * started: the provider refused the call unprocessed. {@link #getRetryAfter()} says how long it asked to wait, so that a
 * route may send the message again later.
 */
public class WorkflowRunThrottledException extends WorkflowRunException {

    private static final long serialVersionUID = 1L;

    /**
     * @param answer  the throttling answer, with what it asked in {@link #getRetryAfter()}
     * @param overrun what the wait it asked for is more than, e.g. {@code more than maxRetryDelay (5000 ms)}
     */
    WorkflowRunThrottledException(WorkflowRunException answer, String overrun) {
        super(answer, "it asks to be called again in " + RetryAfter.describe(answer.getRetryAfter()) + ", " + overrun
                      + ": failed now rather than waiting");
    }
}
