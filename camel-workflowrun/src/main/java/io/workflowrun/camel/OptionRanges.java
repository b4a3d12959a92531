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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.workflowrun.camel.spi.RequestValues;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * The meaningful range of every number a user can set, in one table. Checked when an endpoint is created, and on the
 * component's own options when it starts, so that no value silently switches a protection off (a rate limit of NaN or
 * Infinity, a timeout that overflows, a negative retry budget); and on the text of each option as given in a URI or a
 * properties file, before Camel converts it (Camel reads {@code abc} as a duration of 0 and casts a number too large
 * for an int). Each error names the option, what was given and the range. A new numeric option of the component is one line in
 * {@link #CORE_RANGES}; a provider declares its own with its option.
 */
final class OptionRanges {

    private static final long DAY = 86_400_000L;

    private static final List<Range> CORE_RANGES = List.of(
            Range.millis("connectTimeout", 1, Integer.MAX_VALUE),
            Range.millis("requestTimeout", 1, Integer.MAX_VALUE),
            Range.count("maxAttempts", 1, 1000),
            Range.count("maxResponseSize", 1, Integer.MAX_VALUE),
            Range.millis("retryDelay", 1, DAY),
            Range.millis("maxRetryDelay", 1, DAY),
            Range.millis("maxRetryTime", 0, DAY),
            Range.millis("pollInterval", 1, DAY),
            Range.millis("maxPollInterval", 1, DAY),
            Range.millis("waitTimeout", 1, 365 * DAY),
            Range.rate("rateLimit", 0.0001, 1_000_000),
            Range.millis("healthCheckProbeInterval", 1000, DAY),
            Range.millis("healthCheckMaxRateLimitWait", 0, DAY),
            Range.count("maxConnections", 1, 1_000_000),
            Range.count("maxConnectionsPerRoute", 1, 1_000_000),
            Range.count("proxyPort", 1, 65_535));

    /** The component's ranges and those the providers declare with their options. */
    private static final List<Range> RANGES = Stream.concat(CORE_RANGES.stream(), DeclaredOptions.ranges().stream())
            .toList();

    /** Pairs of options where the second may not be less than the first. */
    private static final List<List<String>> AT_MOST = List.of(
            List.of("retryDelay", "maxRetryDelay"),
            List.of("pollInterval", "maxPollInterval"));

    private OptionRanges() {
    }

    /**
     * Checks each option of the table that the target has (the component, or an endpoint's configuration), as read
     * through its generated configurer.
     */
    static void checkRanges(PropertyConfigurerGetter options, Object target) {
        for (Range range : RANGES) {
            if (options.getOptionValue(target, range.option(), false) instanceof Number value) {
                range.check(value);
            }
        }
    }

    /**
     * Checks an endpoint's options: each in its range, and each pair in order. Pairs are checked on endpoints only: a
     * component may set one of a pair and its endpoints the other.
     */
    static void checkEndpoint(PropertyConfigurerGetter options, WorkflowRunConfiguration configuration) {
        checkRanges(options, configuration);
        for (List<String> pair : AT_MOST) {
            Range smaller = find(pair.get(0));
            Range larger = find(pair.get(1));
            if (options.getOptionValue(configuration, smaller.option(), false) instanceof Number low
                && options.getOptionValue(configuration, larger.option(), false) instanceof Number high
                && high.doubleValue() < low.doubleValue()) {
                throw new IllegalArgumentException("Option " + larger.option() + " (" + larger.show(high) + ") must be at least "
                                                   + smaller.option() + " (" + smaller.show(low) + ")");
            }
        }
    }

    /** The range of an option, whatever the case of its name; null when it is not a number. */
    static Range find(String option) {
        for (Range range : RANGES) {
            if (range.option().equalsIgnoreCase(option)) {
                return range;
            }
        }
        return null;
    }

    enum Unit {
        /** Milliseconds; the text may also be a duration with units, as Camel takes them. */
        MILLIS,
        /** A whole number. */
        COUNT,
        /** Requests per second, where 0 turns the limit off. */
        PER_SECOND
    }

    /**
     * One option's meaningful values.
     *
     * @param min the least value (for {@link Unit#PER_SECOND}: the least other than 0, which turns it off)
     */
    record Range(String option, Unit unit, double min, double max) {

        // Camel's duration text: 1d2h3m4s5ms, each part optional
        private static final Pattern UNITS = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
        private static final long[] UNIT_MILLIS = { DAY, 3_600_000L, 60_000L, 1000L, 1L };

        static Range millis(String option, long min, long max) {
            return new Range(option, Unit.MILLIS, min, max);
        }

        static Range count(String option, long min, long max) {
            return new Range(option, Unit.COUNT, min, max);
        }

        static Range rate(String option, double min, double max) {
            return new Range(option, Unit.PER_SECOND, min, max);
        }

        void check(Number value) {
            double v = value.doubleValue();
            boolean off = unit == Unit.PER_SECOND && v == 0;
            // written so that NaN fails too
            if (!off && !(v >= min && v <= max)) {
                throw new IllegalArgumentException("Option " + option + " must be " + describe() + ", but was " + show(value));
            }
        }

        /**
         * Reads the option's text as a URI or a properties file gives it, checks it, and returns it as plain digits
         * (or a plain number), which Camel's conversion reads the same way for every option type.
         */
        String parse(String text) {
            String given = text.trim();
            Number value = switch (unit) {
                case MILLIS -> millis(given);
                case COUNT -> whole(given);
                case PER_SECOND -> decimal(given);
            };
            if (value == null) {
                throw new IllegalArgumentException("Option " + option + " is '" + RequestValues.printable(text) + "', but expected "
                                                   + expected());
            }
            check(value);
            return value.toString();
        }

        private String expected() {
            return switch (unit) {
                case MILLIS -> "a duration " + describe() + ": milliseconds (1000), or with units (500ms, 5s, 1m30s, 2h, 1d, PT5S)";
                case COUNT -> "a whole number " + describe();
                case PER_SECOND -> "a number of requests per second: " + describe();
            };
        }

        String describe() {
            return switch (unit) {
                case MILLIS -> "from " + show(min) + " to " + show(max);
                case COUNT -> "from " + (long) min + " to " + (long) max;
                case PER_SECOND -> "0 (no limit) or from " + plain(min) + " to " + plain(max) + " requests per second";
            };
        }

        String show(Number value) {
            return switch (unit) {
                case MILLIS -> value.longValue() + " ms" + human(value.longValue());
                case COUNT -> Long.toString(value.longValue());
                case PER_SECOND -> plain(value.doubleValue());
            };
        }

        private static String human(long millis) {
            if (millis >= DAY && millis % DAY == 0) {
                long days = millis / DAY;
                return " (" + days + (days == 1 ? " day)" : " days)");
            }
            if (millis >= 3_600_000L && millis % 3_600_000L == 0) {
                return " (" + millis / 3_600_000L + " h)";
            }
            return "";
        }

        private static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Double.toString(value);
            }
            return value == Math.rint(value) ? Long.toString((long) value) : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        /** Milliseconds as digits, Camel's units (5s, 1m30s) or ISO-8601 (PT5S); null when it is none of these. */
        private static Long millis(String text) {
            if (text.matches("-?\\d+")) {
                return whole(text);
            }
            if (text.toUpperCase(Locale.ROOT).startsWith("P") || text.toUpperCase(Locale.ROOT).startsWith("-P")) {
                try {
                    return Duration.parse(text).toMillis();
                } catch (DateTimeParseException | ArithmeticException e) {
                    return null;
                }
            }
            Matcher matcher = UNITS.matcher(text);
            if (text.isEmpty() || !matcher.matches()) {
                return null;
            }
            long total = 0;
            try {
                for (int group = 1; group <= UNIT_MILLIS.length; group++) {
                    if (matcher.group(group) != null) {
                        total = Math.addExact(total, Math.multiplyExact(Long.parseLong(matcher.group(group)), UNIT_MILLIS[group - 1]));
                    }
                }
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
            return total;
        }

        private static Long whole(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static Double decimal(String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
