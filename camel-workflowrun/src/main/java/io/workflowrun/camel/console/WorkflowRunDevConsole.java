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
package io.workflowrun.camel.console;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunEndpoint;
import io.workflowrun.camel.statistics.FailureKind;
import io.workflowrun.camel.statistics.ProviderStatistics;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.SensitiveUtils;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code workflowrun} dev console: the component's endpoints (provider, workflow and the options that are not
 * secret), and per provider its triggers, waits in flight, rate limiter and recent errors. An endpoint is shown by what
 * it is made of, never by its URI: Camel masks the options it knows as sensitive, not necessarily every secret of ours.
 */
@DevConsole(name = "workflowrun", displayName = "Workflow Run",
            description = "Endpoints, waits in flight, rate limiters and recent errors of the workflowrun component")
public class WorkflowRunDevConsole extends AbstractDevConsole {

    public WorkflowRunDevConsole() {
        super("camel", "workflowrun", "Workflow Run",
              "Endpoints, waits in flight, rate limiters and recent errors of the workflowrun component");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        text.append("Endpoints:\n");
        for (JsonObject endpoint : endpoints()) {
            text.append("    ").append(endpoint.getString("uri")).append('\n');
        }
        for (Map.Entry<String, WorkflowRunComponent> component : components().entrySet()) {
            text.append("\nProviders (component ").append(component.getKey()).append("):\n");
            for (ProviderStatistics provider : component.getValue().getStatistics().providers()) {
                appendText(text, provider);
            }
        }
        return text.toString();
    }

    private static void appendText(StringBuilder text, ProviderStatistics p) {
        text.append("    ").append(p.provider()).append('\n');
        text.append(String.format(Locale.ROOT, "        triggers started: %d (already started: %d), may have started: %d%n",
                p.triggersStarted(), p.triggersAlreadyStarted(), p.maybeStarted()));
        text.append(String.format(Locale.ROOT, "        status calls: %d, cancels: %d%n", p.statusCalls(), p.cancels()));
        text.append(String.format(Locale.ROOT, "        calls sent: %d, throttled: %d, retried: %d%n",
                p.attempts(), p.throttled(), p.retried()));
        text.append(String.format(Locale.ROOT, "        failures: %d%s%n", p.failures(), failuresByKind(p)));
        text.append(String.format(Locale.ROOT, "        waits in flight: %d, ended: %d (%.3f s in all), polls: %d%n",
                p.waitsPending(), p.waitsEnded(), p.waitSeconds(), p.polls()));
        text.append(String.format(Locale.ROOT, "        durable waits taken over: %d, outcomes delivered: %d (again: %d)%n",
                p.waitsTakenOver(), p.outcomesDelivered(), p.outcomesDeliveredAgain()));
        text.append(String.format(Locale.ROOT, "        rate limiter: backlog %d ms, delayed calls: %d (%.3f s in all, %.3f s at most)%n",
                p.rateLimitBacklogMillis(), p.rateLimitDelayed(), p.rateLimitDelaySeconds(), p.rateLimitMaxDelaySeconds()));
        text.append(String.format(Locale.ROOT, "        authentication failures in a row: %d%n", p.authenticationFailuresInARow()));
        List<ProviderStatistics.RecentError> errors = p.recentErrors();
        if (!errors.isEmpty()) {
            text.append("        recent errors:\n");
            for (ProviderStatistics.RecentError error : errors) {
                text.append("            ").append(error.at()).append(' ').append(error.operation()).append(' ')
                        .append(error.kind().tag()).append(": ").append(error.message()).append('\n');
            }
        }
    }

    private static String failuresByKind(ProviderStatistics p) {
        StringJoiner kinds = new StringJoiner(", ", " (", ")").setEmptyValue("");
        for (FailureKind kind : FailureKind.values()) {
            if (p.failures(kind) > 0) {
                kinds.add(kind.tag() + "=" + p.failures(kind));
            }
        }
        return kinds.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        root.put("endpoints", endpoints());
        List<JsonObject> providers = new ArrayList<>();
        for (Map.Entry<String, WorkflowRunComponent> component : components().entrySet()) {
            for (ProviderStatistics provider : component.getValue().getStatistics().providers()) {
                JsonObject json = json(provider);
                json.put("component", component.getKey());
                providers.add(json);
            }
        }
        root.put("providers", providers);
        return root;
    }

    private static JsonObject json(ProviderStatistics p) {
        JsonObject json = new JsonObject();
        json.put("provider", p.provider());
        json.put("triggersStarted", p.triggersStarted());
        json.put("triggersAlreadyStarted", p.triggersAlreadyStarted());
        json.put("triggersMaybeStarted", p.maybeStarted());
        json.put("statusCalls", p.statusCalls());
        json.put("cancels", p.cancels());
        json.put("callsSent", p.attempts());
        json.put("callsThrottled", p.throttled());
        json.put("callsRetried", p.retried());
        JsonObject failures = new JsonObject();
        for (FailureKind kind : FailureKind.values()) {
            failures.put(kind.tag(), p.failures(kind));
        }
        json.put("failures", failures);
        JsonObject waits = new JsonObject();
        waits.put("inFlight", p.waitsPending());
        waits.put("ended", p.waitsEnded());
        waits.put("seconds", p.waitSeconds());
        waits.put("polls", p.polls());
        waits.put("takenOver", p.waitsTakenOver());
        waits.put("outcomesDelivered", p.outcomesDelivered());
        waits.put("outcomesDeliveredAgain", p.outcomesDeliveredAgain());
        json.put("waits", waits);
        JsonObject rateLimiter = new JsonObject();
        rateLimiter.put("backlogMillis", p.rateLimitBacklogMillis());
        rateLimiter.put("delayedCalls", p.rateLimitDelayed());
        rateLimiter.put("delaySeconds", p.rateLimitDelaySeconds());
        rateLimiter.put("maxDelaySeconds", p.rateLimitMaxDelaySeconds());
        json.put("rateLimiter", rateLimiter);
        json.put("authenticationFailuresInARow", p.authenticationFailuresInARow());
        List<JsonObject> errors = new ArrayList<>();
        for (ProviderStatistics.RecentError error : p.recentErrors()) {
            JsonObject e = new JsonObject();
            e.put("at", error.at().toString());
            e.put("operation", error.operation() == null ? null : error.operation().name());
            e.put("kind", error.kind().tag());
            e.put("message", error.message());
            errors.add(e);
        }
        json.put("recentErrors", errors);
        return json;
    }

    /** The component's endpoints, each as provider, workflow and the options that are not secret, by URI order. */
    private List<JsonObject> endpoints() {
        List<JsonObject> endpoints = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof WorkflowRunEndpoint ours) {
                endpoints.add(describe(ours));
            }
        }
        endpoints.sort((a, b) -> a.getString("uri").compareTo(b.getString("uri")));
        return endpoints;
    }

    private JsonObject describe(WorkflowRunEndpoint endpoint) {
        String scheme = schemeOf(endpoint);
        Map<String, Object> shown = new TreeMap<>();
        Set<String> secret = secretOptions(scheme);
        for (Map.Entry<String, Object> option : query(endpoint.getEndpointUri()).entrySet()) {
            // an option our metadata marks secret, or one Camel would mask, is left out with its value
            if (!secret.contains(option.getKey()) && !SensitiveUtils.containsSensitive(option.getKey())) {
                // Camel keeps the normalized URI's values percent-encoded
                shown.put(option.getKey(), URLDecoder.decode(String.valueOf(option.getValue()), StandardCharsets.UTF_8));
            }
        }
        StringBuilder uri = new StringBuilder(scheme).append(':').append(endpoint.getProvider());
        if (endpoint.getWorkflowId() != null) {
            uri.append(':').append(endpoint.getWorkflowId());
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        shown.forEach((name, value) -> query.add(name + "=" + value));
        JsonObject json = new JsonObject();
        json.put("uri", uri.append(query).toString());
        json.put("provider", endpoint.getProvider());
        json.put("workflowId", endpoint.getWorkflowId());
        json.put("options", new JsonObject(shown));
        return json;
    }

    private static String schemeOf(WorkflowRunEndpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        int colon = uri.indexOf(':');
        return colon > 0 ? uri.substring(0, colon) : "workflowrun";
    }

    private Set<String> secretOptions(String scheme) {
        EndpointUriFactory factory = getCamelContext().getCamelContextExtension().getEndpointUriFactory(scheme);
        return factory != null ? factory.secretPropertyNames() : Set.of();
    }

    private static Map<String, Object> query(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return Map.of();
        }
        try {
            return URISupport.parseQuery(uri.substring(question + 1), true, true);
        } catch (Exception e) {
            // never the URI in the message: it may hold a secret
            return Map.of("options", "(not readable)");
        }
    }

    /** The workflowrun components of the context, by name (usually one, named workflowrun). */
    private Map<String, WorkflowRunComponent> components() {
        Map<String, WorkflowRunComponent> components = new TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof WorkflowRunComponent ours) {
                components.put(name, ours);
            }
        }
        return components;
    }
}
