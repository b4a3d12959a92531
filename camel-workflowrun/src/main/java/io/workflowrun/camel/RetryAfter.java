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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRunException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.workflowrun.camel.spi.HttpReply;

/**
 * An answer's {@code Retry-After} header (RFC 9110 section 10.2.3): a number of seconds, or an HTTP date.
 */
final class RetryAfter {

    /** Longer than any retry budget: a larger figure means the same to the retry policy. */
    private static final Duration LONGEST = Duration.ofDays(365);

    private RetryAfter() {
    }

    /**
     * How long the answer asks to wait, or null when it has no usable {@code Retry-After}. A date is taken relative to
     * the answer's own {@code Date} header where it has one, so that a clock skew between the two hosts does not count.
     */
    static Duration of(HttpReply reply) {
        String value = reply.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (Character.isDigit(value.charAt(0))) {
            return seconds(value);
        }
        Instant until = date(value);
        if (until == null) {
            return null;
        }
        Instant now = date(reply.header("Date"));
        Duration wait = Duration.between(now != null ? now : Instant.now(), until);
        return wait.isNegative() ? Duration.ZERO : min(wait);
    }

    /** The wait a failed call's answer asked for, as read into its exception; null when it asked for none. */
    static Duration asked(Exception failure) {
        return failure instanceof WorkflowRunException answer ? answer.getRetryAfter() : null;
    }

    private static Duration seconds(String value) {
        try {
            BigDecimal seconds = new BigDecimal(value);
            if (seconds.signum() < 0) {
                return null;
            }
            return seconds.compareTo(BigDecimal.valueOf(LONGEST.toSeconds())) >= 0 ? LONGEST
                    : Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration min(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
