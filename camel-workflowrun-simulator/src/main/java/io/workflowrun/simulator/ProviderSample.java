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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@code workflowrun:<provider>:<workflowId>?...} endpoint needs to start runs on one simulated provider,
 * besides {@code baseUrl}: a workflow ID of the provider's form that the simulator runs, the provider's required
 * settings (made-up values the simulator accepts, under the component's option names) and the simulator's keys under
 * the options that carry them. Declared once, by the provider's {@link ProviderHandler}; tests, examples, benchmarks
 * and docs tests take every provider's settings from here.
 */
public final class ProviderSample {

    private final String provider;
    private final String workflowId;
    private final Map<String, String> settings;
    private final String keyOption;
    private final String key;
    private final String secretOption;
    private final String secret;
    private final boolean keyFile;

    private ProviderSample(String provider, String workflowId, Map<String, String> settings, String keyOption, String key,
                           String secretOption, String secret) {
        this(provider, workflowId, settings, keyOption, key, secretOption, secret, false);
    }

    private ProviderSample(String provider, String workflowId, Map<String, String> settings, String keyOption, String key,
                           String secretOption, String secret, boolean keyFile) {
        this.provider = provider;
        this.workflowId = workflowId;
        // in name order, so that the same sample always makes the same URI
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(settings)));
        this.keyOption = keyOption;
        this.key = key;
        this.secretOption = secretOption;
        this.secret = secret;
        this.keyFile = keyFile;
    }

    /**
     * A provider whose requests are signed with an access key and its secret ({@code accessKey}, {@code secretKey}),
     * with the pair the simulator accepts by default.
     */
    public static ProviderSample signed(String provider, String workflowId, Map<String, String> settings) {
        return new ProviderSample(provider, workflowId, settings, "accessKey", WorkflowRunSimulator.ACCESS_KEY, "secretKey",
                WorkflowRunSimulator.SECRET_KEY);
    }

    /** A provider that takes a bearer API key ({@code apiKey}), with the key the simulator accepts by default. */
    public static ProviderSample bearer(String provider, String workflowId, Map<String, String> settings) {
        return new ProviderSample(provider, workflowId, settings, "apiKey", WorkflowRunSimulator.API_KEY, null, null);
    }

    /**
     * A provider whose credential is carried by other options: {@code keyOption} names the key the simulator looks up,
     * {@code secretOption} (null for none) the secret requests are signed with.
     */
    public static ProviderSample of(String provider, String workflowId, Map<String, String> settings, String keyOption,
                                    String key, String secretOption, String secret) {
        return new ProviderSample(provider, workflowId, settings, keyOption, key, secretOption, secret);
    }

    /**
     * A provider whose credential is a key file's content under {@code option} (a service account's JSON key), which
     * authenticates without being sent: a test cannot swap it for a made-up string as it can a key (see
     * {@link #keyFile()}).
     */
    public static ProviderSample keyFile(String provider, String workflowId, Map<String, String> settings, String option,
                                         String content) {
        return new ProviderSample(provider, workflowId, settings, option, content, null, null, true);
    }

    /** The provider id, as in the endpoint URI. */
    public String provider() {
        return provider;
    }

    /** A workflow ID of the provider's form; the simulator's runs of this sample are recorded under it. */
    public String workflowId() {
        return workflowId;
    }

    /** The provider's required settings besides its credential (region, project, team, user, ...): made-up values. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The credential, under the options that carry it: the key, then the secret where the provider signs. */
    public Map<String, String> credentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        if (key != null) {
            credentials.put(keyOption, key);
        }
        if (secret != null) {
            credentials.put(secretOption, secret);
        }
        return Collections.unmodifiableMap(credentials);
    }

    /** Every option the endpoint needs besides the workflow ID and {@code baseUrl}: settings, then credentials. */
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>(settings);
        options.putAll(credentials());
        return Collections.unmodifiableMap(options);
    }

    /** The option that carries the key the simulator looks up (e.g. {@code accessKey}, {@code apiKey}). */
    public String keyOption() {
        return keyOption;
    }

    /** The option that carries the secret requests are signed with (e.g. {@code secretKey}); null when none is. */
    public String secretOption() {
        return secretOption;
    }

    /** Whether requests are signed with a secret that never travels (else the key itself is sent, as a bearer token). */
    public boolean signed() {
        return secretOption != null;
    }

    /**
     * Whether the credential is a key file's content rather than a key: another credential for it is another key file,
     * made by the provider's own tests, not a string any test can make up and {@link WorkflowRunSimulator#addKey} (the
     * simulator learns other key files as their handler says).
     */
    public boolean keyFile() {
        return keyFile;
    }

    /**
     * The same sample with another credential (the secret is ignored by a provider that does not sign). For a key the
     * simulator accepts, {@link WorkflowRunSimulator#addKey} it first; an unknown one makes the provider's own refusal.
     */
    public ProviderSample withKey(String otherKey, String otherSecret) {
        return new ProviderSample(provider, workflowId, settings, keyOption, otherKey, secretOption,
                secretOption == null ? null : otherSecret, keyFile);
    }

    /** The same sample without one of its options, to see the endpoint refuse to be created without it. */
    public ProviderSample without(String option) {
        Map<String, String> fewer = new LinkedHashMap<>(settings);
        fewer.remove(option);
        return new ProviderSample(provider, workflowId, fewer, keyOption, option.equals(keyOption) ? null : key, secretOption,
                option.equals(secretOption) ? null : secret, keyFile);
    }

    /**
     * The endpoint URI for the simulator (or any server) at {@code baseUrl}, every option value in {@code RAW(...)}, so
     * that keys and settings reach the component as they are.
     */
    public String uri(String baseUrl) {
        StringBuilder uri = new StringBuilder("workflowrun:").append(provider);
        if (!workflowId.isEmpty()) {
            uri.append(':').append(workflowId);
        }
        char separator = '?';
        for (Map.Entry<String, String> option : options().entrySet()) {
            uri.append(separator).append(option.getKey()).append("=RAW(").append(option.getValue()).append(')');
            separator = '&';
        }
        if (baseUrl != null) {
            uri.append(separator).append("baseUrl=").append(baseUrl);
        }
        return uri.toString();
    }

    /** Names the provider and its options, without the credential's values. */
    @Override
    public String toString() {
        return "ProviderSample[" + provider + ":" + workflowId + " " + settings + ", credential in " + credentials().keySet() + "]";
    }
}
