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
package io.workflowrun.simulator.github;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * The GitHub App the simulator knows: its ID, its one installation, and its key pair, made when the simulator is first
 * used (one per JVM). Tests, examples and benchmarks configure an endpoint with {@link #ID}, {@link #INSTALLATION_ID} and
 * {@link #privateKeyPem()}; the simulator verifies the App's JWTs with the public half.
 */
public final class GitHubApp {

    /** The App's ID, the {@code iss} of its JWTs. */
    public static final String ID = "1234567";
    /** The App's client ID, which GitHub takes as the {@code iss} of its JWTs too. */
    public static final String CLIENT_ID = "Iv23liSimulatorApp01";
    /** The App's installation on the sample repository's account. */
    public static final String INSTALLATION_ID = "45678901";

    private GitHubApp() {
    }

    /** The App's private key as GitHub hands it out: PEM, PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}). */
    public static String privateKeyPem() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) Keys.PAIR.getPrivate();
        ByteArrayOutputStream numbers = new ByteArrayOutputStream();
        // RFC 8017 appendix A.1.2: version, n, e, d, p, q, d mod (p-1), d mod (q-1), q^-1 mod p
        for (BigInteger n : new BigInteger[] { BigInteger.ZERO, key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(),
                key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient() }) {
            numbers.writeBytes(der(0x02, n.toByteArray()));
        }
        return pem("RSA PRIVATE KEY", der(0x30, numbers.toByteArray()));
    }

    /** The same key in PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl pkcs8 -topk8} converts it. */
    public static String privateKeyPkcs8Pem() {
        return pem("PRIVATE KEY", Keys.PAIR.getPrivate().getEncoded());
    }

    /** The public half, which the simulator verifies the App's JWTs with. */
    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) Keys.PAIR.getPublic();
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (content.length < 0x80) {
            out.write(content.length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(content.length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write(content.length >>> shift);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
               + "\n-----END " + label + "-----\n";
    }

    /** Made on first use: 2048 bits, the size GitHub's App keys have. */
    private static final class Keys {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This JVM cannot make RSA keys", e);
            }
        }
    }
}
