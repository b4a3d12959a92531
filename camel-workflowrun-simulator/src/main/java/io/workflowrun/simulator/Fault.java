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
package io.workflowrun.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;


/**
 * Something going wrong around a provider's handler: a refusal, a broken answer, a dropped connection or a slow one.
 * Injected per request ({@link WorkflowRunSimulator#injectNext(String, Fault)}) or at a rate
 * ({@link WorkflowRunSimulator#injectFaults(String, double, long, Fault...)}).
 * <p>
 * Whether a run can have started is part of each fault, because that is what a client must not get wrong: the faults
 * that stand for a gateway or load balancer answering instead of the service ({@link #http429()},
 * {@link #providerThrottling()}, {@link #serverError(int)}, {@link #malformedJson()}, {@link #wrongContentType()}) and
 * {@link #dropBeforeRead()} never reach the handler, so no run starts; {@link #dropAfterRun()},
 * {@link #truncatedBody()}, {@link #delay(Duration)} and {@link #gatewayTimeout(int)} let the handler answer first, so a
 * trigger does start its run even though the client never gets the answer.
 *
 * @param kind       what goes wrong
 * @param status     the HTTP status answered, for {@link Kind#SERVER_ERROR} and {@link Kind#GATEWAY_TIMEOUT};
 *                   else 0
 * @param delay      how long the answer is held back, for {@link Kind#DELAY}; else zero
 * @param retryAfter for the throttling faults: the {@code Retry-After} the answer carries (in whole seconds), or
 *                   null for none
 */
public record Fault(Kind kind, int status, Duration delay, Duration retryAfter) {

    /** What goes wrong. */
    public enum Kind {
        /** A bare HTTP 429 with a plain-text body, as a gateway in front of the service sends. */
        HTTP_429,
        /** The provider's own throttling error, in its real shape and status (see {@link #providerThrottling()}). */
        PROVIDER_THROTTLING,
        /** An HTTP 5xx with an HTML body, as a load balancer sends when the service is unreachable. */
        SERVER_ERROR,
        /** The handler's answer, sent late. */
        DELAY,
        /** The connection is closed once the request line and headers are read, before the body is. */
        DROP_BEFORE_READ,
        /** The handler answers (a trigger starts its run), then the connection is closed with nothing sent. */
        DROP_AFTER_RUN,
        /** HTTP 200, {@code application/json}, a body that is not JSON. */
        MALFORMED_JSON,
        /** HTTP 200, {@code text/html}, a login page's body: a captive portal or a misrouted gateway. */
        WRONG_CONTENT_TYPE,
        /** The handler answers, but the connection is closed halfway through a body whose Content-Length says more. */
        TRUNCATED_BODY,
        /**
         * The handler answers (a trigger starts its run), but a gateway in front of it has given up waiting and answers
         * HTTP 504 or 524 in its place, as Dify Cloud's does after about 100 s of a blocking run.
         */
        GATEWAY_TIMEOUT
    }

    public Fault {
        if (kind == null) {
            throw new IllegalArgumentException("A fault needs a kind");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (retryAfter != null && (retryAfter.isNegative() || retryAfter.toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException("A Retry-After is whole seconds, zero or more, not " + retryAfter);
        }
    }

    public Fault(Kind kind, int status, Duration delay) {
        this(kind, status, delay, null);
    }

    /** A gateway's bare HTTP 429, with {@code Retry-After: 1}. */
    public static Fault http429() {
        return http429(Duration.ofSeconds(1));
    }

    /** A gateway's bare HTTP 429 asking to come back after this long ({@code Retry-After} in seconds); null for no header. */
    public static Fault http429(Duration retryAfter) {
        return new Fault(Kind.HTTP_429, 429, null, retryAfter);
    }

    /**
     * The provider's own throttling answer: Tencent HTTP 200 {@code Response.Error.Code RequestLimitExceeded}, Alibaba's
     * gateway HTTP 400 {@code Throttling.User}, Huawei's API Gateway HTTP 429 {@code APIG.0308}, Dify HTTP 429
     * {@code too_many_requests}, Interactly HTTP 429 {@code {"detail": ...}}. None of them documents a
     * {@code Retry-After}, so none is sent.
     */
    public static Fault providerThrottling() {
        return providerThrottling(null);
    }

    /** The provider's own throttling answer, with a {@code Retry-After} header (in seconds) added: what a proxy may add. */
    public static Fault providerThrottling(Duration retryAfter) {
        return new Fault(Kind.PROVIDER_THROTTLING, 0, null, retryAfter);
    }

    /** An HTTP 5xx (500 to 599). */
    public static Fault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("A server error's status is 500 to 599, not " + status);
        }
        return new Fault(Kind.SERVER_ERROR, status, null);
    }

    /**
     * A gateway's timeout after the request was passed on: the handler answers (a trigger starts its run), and the
     * client gets HTTP 504 (Gateway Timeout) or 524 (Cloudflare's "A timeout occurred") with an HTML body instead.
     */
    public static Fault gatewayTimeout(int status) {
        if (status != 504 && status != 524) {
            throw new IllegalArgumentException("A gateway's timeout is 504 or 524, not " + status);
        }
        return new Fault(Kind.GATEWAY_TIMEOUT, status, null);
    }

    public static Fault delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("A delay must be zero or more, not " + delay);
        }
        return new Fault(Kind.DELAY, 0, delay);
    }

    public static Fault dropBeforeRead() {
        return new Fault(Kind.DROP_BEFORE_READ, 0, null);
    }

    public static Fault dropAfterRun() {
        return new Fault(Kind.DROP_AFTER_RUN, 0, null);
    }

    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 200, null);
    }

    public static Fault wrongContentType() {
        return new Fault(Kind.WRONG_CONTENT_TYPE, 200, null);
    }

    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, null);
    }

    /** Whether the provider's handler answers the request first (and so a trigger starts its run). */
    public boolean reachesHandler() {
        return kind == Kind.DELAY || kind == Kind.DROP_AFTER_RUN || kind == Kind.TRUNCATED_BODY || kind == Kind.GATEWAY_TIMEOUT;
    }

    /** Whether the client gets no complete answer: the connection closes before one is sent in full. */
    public boolean dropsConnection() {
        return kind == Kind.DROP_BEFORE_READ || kind == Kind.DROP_AFTER_RUN || kind == Kind.TRUNCATED_BODY;
    }

    /** The answer sent in place of the handler's: for the faults that do not reach it, and for a gateway's timeout. */
    SimulatorResponse answer(SimulatorRequest request, ProviderHandler handler) {
        return switch (kind) {
            case HTTP_429 -> withRetryAfter(SimulatorResponse.text(429, "text/plain", "Too Many Requests"));
            case PROVIDER_THROTTLING -> withRetryAfter(handler.throttled(request));
            case SERVER_ERROR -> SimulatorResponse.text(status, "text/html",
                    "<html><head><title>" + status + "</title></head><body><h1>" + status + " Server Error</h1></body></html>");
            case GATEWAY_TIMEOUT -> SimulatorResponse.text(status, "text/html",
                    "<html><head><title>" + status + "</title></head><body><h1>" + status + " Gateway Timeout</h1></body></html>");
            case MALFORMED_JSON -> new SimulatorResponse(200, Map.of("Content-Type", "application/json"),
                    "{\"Response\": {\"RequestId\": \"".getBytes(StandardCharsets.UTF_8), null);
            case WRONG_CONTENT_TYPE -> SimulatorResponse.text(200, "text/html",
                    "<!DOCTYPE html><html><body><form action=\"/login\">Sign in to continue</form></body></html>");
            default -> throw new IllegalStateException(kind + " does not replace the answer");
        };
    }

    private SimulatorResponse withRetryAfter(SimulatorResponse response) {
        return retryAfter == null ? response : response.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    /** Short, for logs and counts: {@code serverError(502)}, {@code delay(PT0.05S)}, {@code dropAfterRun}. */
    @Override
    public String toString() {
        String name = switch (kind) {
            case HTTP_429 -> "http429" + (retryAfter == null ? "(no Retry-After)" : retryAfter.equals(Duration.ofSeconds(1)) ? "" : "(" + retryAfter + ")");
            case PROVIDER_THROTTLING -> "providerThrottling" + (retryAfter == null ? "" : "(" + retryAfter + ")");
            case SERVER_ERROR -> "serverError(" + status + ")";
            case DELAY -> "delay(" + delay + ")";
            case DROP_BEFORE_READ -> "dropBeforeRead";
            case DROP_AFTER_RUN -> "dropAfterRun";
            case MALFORMED_JSON -> "malformedJson";
            case WRONG_CONTENT_TYPE -> "wrongContentType";
            case TRUNCATED_BODY -> "truncatedBody";
            case GATEWAY_TIMEOUT -> "gatewayTimeout(" + status + ")";
        };
        return name;
    }
}
