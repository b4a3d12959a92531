/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.camel.model;

import java.time.Duration;


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
    public WorkflowRunThrottledException(WorkflowRunException answer, String overrun) {
        super(answer, "it asks to be called again in " + shown(answer.getRetryAfter()) + ", " + overrun
                      + ": failed now rather than waiting");
    }

    private static String shown(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }
}
