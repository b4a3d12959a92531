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
package io.workflowrun.camel.provider.github;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Replies;

/**
 * GitHub's error answers: {@code {"message": ..., "documentation_url": ..., "errors": [...]}}, no error code, the
 * request ID in {@code x-github-request-id}; and its rate limits, which answer 403 or 429.
 */
final class GitHubErrors {

    static final String REQUEST_ID = "x-github-request-id";

    /**
     * GitHub: "If you exceed a secondary rate limit ... If the retry-after response header is present, you should not
     * retry your request until after that many seconds has elapsed. If the x-ratelimit-remaining header is 0, you should
     * not retry your request until after the time, in UTC epoch seconds, specified by the x-ratelimit-reset header.
     * Otherwise, wait for at least one minute before retrying."
     */
    static final Duration SECONDARY_LIMIT_WAIT = Duration.ofMinutes(1);

    private GitHubErrors() {
    }

    /** The error for an answer that is not a success, with the wait a rate limit asks for. */
    static WorkflowRunException of(HttpReply reply, Instant now) {
        Map<String, Object> json = Replies.json(reply);
        String message = json == null || Replies.text(json, "message") == null ? Replies.describeUnexpected(reply) : message(json);
        WorkflowRunException error = new WorkflowRunException(GitHubActionsProvider.ID, reply.status(), null, message,
                reply.header(REQUEST_ID));
        error.setRetryAfter(rateLimitWait(reply, now, message));
        return error;
    }

    /** Whether this answer is a rate limit's refusal: GitHub processed nothing, so it can be sent again. */
    static boolean isThrottling(WorkflowRunException error) {
        return error.getHttpStatus() == 429
               || error.getHttpStatus() == 403 && (error.getRetryAfter() != null || isRateLimit(403, error.getErrorMessage()));
    }

    private static boolean isRateLimit(int status, String message) {
        // "API rate limit exceeded for ...", "You have exceeded a secondary rate limit ..."
        return (status == 403 || status == 429) && message != null && message.toLowerCase(Locale.ROOT).contains("rate limit");
    }

    /**
     * The wait GitHub asks for; null where {@code retry-after} says it (the core reads that header), or where the answer
     * is no rate limit's.
     */
    private static Duration rateLimitWait(HttpReply reply, Instant now, String message) {
        if (reply.status() != 403 && reply.status() != 429 || reply.header("retry-after") != null) {
            return null;
        }
        String reset = reply.header("x-ratelimit-reset");
        if ("0".equals(reply.header("x-ratelimit-remaining")) && reset != null) {
            try {
                long seconds = Long.parseLong(reset.strip()) - answeredAt(reply, now).getEpochSecond();
                return Duration.ofSeconds(Math.max(1, seconds));
            } catch (NumberFormatException e) {
                return SECONDARY_LIMIT_WAIT;
            }
        }
        return isRateLimit(reply.status(), message) ? SECONDARY_LIMIT_WAIT : null;
    }

    /** The answer's own {@code Date}, so that the two hosts' clocks need not agree; else the call's instant. */
    private static Instant answeredAt(HttpReply reply, Instant now) {
        String date = reply.header("date");
        if (date != null) {
            try {
                return ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return now;
            }
        }
        return now;
    }

    /** The message, with the validation errors' details where GitHub lists them. */
    private static String message(Map<String, Object> json) {
        String message = Replies.text(json, "message");
        if (json.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            return message + " (" + errors.stream().map(GitHubErrors::detail).collect(Collectors.joining("; ")) + ")";
        }
        return message;
    }

    private static String detail(Object error) {
        if (error instanceof Map<?, ?> map) {
            Object message = map.get("message");
            if (message != null) {
                return message.toString();
            }
            return map.get("field") + ": " + map.get("code");
        }
        return String.valueOf(error);
    }
}
