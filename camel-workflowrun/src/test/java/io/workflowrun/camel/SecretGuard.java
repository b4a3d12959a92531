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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (JUnit auto-detection): watches every log line, with its exception and causes, for a
 * configured secret, and fails the test that logged one. The simulator's secrets are watched always; a test may
 * {@link #watch} more.
 */
public final class SecretGuard implements BeforeAllCallback, AfterEachCallback {

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    static {
        SECRETS.add(WorkflowRunSimulator.SECRET_KEY);
        SECRETS.add(WorkflowRunSimulator.API_KEY);
    }

    /** Watch one more secret from now on. */
    public static void watch(String secret) {
        SECRETS.add(secret);
    }

    /** Every log line seen so far that held a secret (described without the secret). */
    public static List<String> leaks() {
        return List.copyOf(LEAKS);
    }

    /** Takes the leaks seen so far, so that a test of the guard itself can pass. */
    static List<String> drainLeaks() {
        List<String> found = List.copyOf(LEAKS);
        LEAKS.removeAll(found);
        return found;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!LEAKS.isEmpty()) {
            List<String> found = List.copyOf(LEAKS);
            LEAKS.clear();
            throw new AssertionError("A secret reached the log: " + found);
        }
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        AbstractAppender appender = new AbstractAppender("secret-guard", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                inspect(event);
            }
        };
        appender.start();
        context.getConfiguration().addAppender(appender);
        context.getConfiguration().getRootLogger().addAppender(appender, null, null);
        context.updateLoggers();
        installed = true;
    }

    private static void inspect(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        for (String secret : SECRETS) {
            if (text.indexOf(secret) >= 0) {
                LEAKS.add(event.getLevel() + " " + event.getLoggerName() + " [secret of length " + secret.length() + "]");
            }
        }
    }
}
