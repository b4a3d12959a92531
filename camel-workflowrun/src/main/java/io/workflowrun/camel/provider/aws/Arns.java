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
package io.workflowrun.camel.provider.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step Functions' ARNs and execution names, as the API reference defines them: a state machine is
 * {@code arn:<partition>:states:<region>:<account>:stateMachine:<name>}, qualified with {@code :<version>} or
 * {@code :<alias>} to start that version or alias; its executions are
 * {@code arn:<partition>:states:<region>:<account>:execution:<state machine name>:<execution name>}, whatever version or
 * alias started them.
 */
final class Arns {

    private static final Pattern STATE_MACHINE = Pattern.compile(
            "arn:(aws[a-z-]*):states:([a-z0-9-]+):(\\d{12}):stateMachine:([^:/\\s]+)(?::[^:/\\s]+)?");
    /** STANDARD executions ({@code execution:}) and EXPRESS ones ({@code express:}, with a unique suffix). */
    private static final Pattern EXECUTION = Pattern.compile("arn:aws[a-z-]*:states:([a-z0-9-]+):\\d{12}:(?:execution|express):\\S+");
    /** What the API reference forbids in a name, besides white space, control characters and U+FFFE/U+FFFF. */
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";
    static final int MAX_NAME_LENGTH = 80;

    private Arns() {
    }

    /** A state machine ARN, parsed; null when the text is not one. */
    record StateMachine(String partition, String region, String account, String name) {

        /** The ARN of this state machine's execution of that name. */
        String execution(String executionName) {
            return "arn:" + partition + ":states:" + region + ":" + account + ":execution:" + name + ":" + executionName;
        }
    }

    static StateMachine stateMachine(String arn) {
        Matcher matcher = STATE_MACHINE.matcher(arn);
        return matcher.matches() ? new StateMachine(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)) : null;
    }

    /**
     * The state machine ARN, or an error naming where it came from and what is expected.
     *
     * @param source names the value, e.g. {@code The endpoint URI's workflowId}
     */
    static StateMachine requireStateMachine(String arn, String source, String region) {
        StateMachine stateMachine = stateMachine(arn);
        if (stateMachine == null) {
            throw new IllegalArgumentException(source + " is '" + arn + "', which is not a state machine ARN; expected"
                                               + " arn:aws:states:<region>:<12-digit account>:stateMachine:<name>[:<version or alias>]");
        }
        requireRegion(stateMachine.region(), region, source);
        return stateMachine;
    }

    /** The region an execution ARN names; null when the text is not an execution ARN (Step Functions then says so). */
    static String executionRegion(String arn) {
        Matcher matcher = EXECUTION.matcher(arn);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Step Functions serves a state machine and its executions at its own region's endpoint only. */
    static void requireRegion(String arnRegion, String region, String source) {
        if (arnRegion != null && !arnRegion.equals(region)) {
            throw new IllegalArgumentException(source + " names region " + arnRegion + ", but option region is " + region
                                               + ": Step Functions serves a state machine and its executions at its own region's"
                                               + " endpoint only; set region=" + arnRegion);
        }
    }

    /**
     * The idempotency key as an execution name, or an error saying why Step Functions would refuse it.
     *
     * @param source names the value, e.g. {@code Header CamelWorkflowRunIdempotencyKey}
     */
    static String requireExecutionName(String name, String source) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(source + " is " + name.length() + " characters long, but it becomes StartExecution's name,"
                                               + " which takes 1 to " + MAX_NAME_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean control = c <= 0x1F || c >= 0x7F && c <= 0x9F;
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == name.length() || !Character.isLowSurrogate(name.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || FORBIDDEN.indexOf(c) >= 0 || control || c == 0xFFFE || c == 0xFFFF
                || lone) {
                throw new IllegalArgumentException(source + " holds " + (control || lone ? String.format("U+%04X", (int) c) : "'" + c + "'")
                                                   + ", which StartExecution's name may not: no white space, control characters or any"
                                                   + " of " + FORBIDDEN);
            }
        }
        return name;
    }
}
