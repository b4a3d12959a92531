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
package io.workflowrun.camel.provider.google;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.google.GoogleWorkflowsHandler;

/** Service accounts' keys for the tests: the simulator's sample account's, and others made here. */
final class TestKeys {

    /** A service account the simulator does not know. */
    static final String UNKNOWN_ACCOUNT = "unknown-account@sim-project.iam.gserviceaccount.com";
    /** A key pair of the tests' own, which is not the sample account's. */
    static final KeyPair OTHER = generate();

    private TestKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
               + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
               + "\n-----END PRIVATE KEY-----\n";
    }

    /** A JSON key of this account and key pair, with the simulator's token endpoint (relative to the base URL). */
    static String keyFile(String account, KeyPair keys) {
        return GoogleWorkflowsHandler.keyFile(account, "0123456789abcdef0123456789abcdef01234567", pem(keys), "/token");
    }

    /** Tells the simulator of an account and its public key. */
    static void accept(WorkflowRunSimulator simulator, String account, KeyPair keys) {
        simulator.addKey(GoogleWorkflowsHandler.ID, account, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    /** A line from the middle of the sample account's private key: it is in any text that leaks the key. */
    static String samplePrivateKeyLine() {
        return GoogleWorkflowsHandler.PRIVATE_KEY.split("\n")[5];
    }
}
