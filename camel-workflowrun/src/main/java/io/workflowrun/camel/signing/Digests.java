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
package io.workflowrun.camel.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256, the primitives every signer here is built on, and lower-case hex, which all three algorithms
 * use for hashes and signatures.
 * <p>
 * Each digest and MAC is cloned from a prototype rather than looked up by name: the lookup walks the security providers
 * on every call, and an HMAC prototype has its key already absorbed.
 */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest SHA256 = sha256Prototype();
    private static final String EMPTY_SHA256_HEX = HEX.formatHex(sha256Prototype().digest());

    private Digests() {
    }

    public static byte[] sha256(byte[] data) {
        return fresh(SHA256).digest(data);
    }

    /** The lower-case hex SHA-256 of the bytes (empty for null: a call without a body). */
    public static String sha256Hex(byte[] data) {
        return data == null || data.length == 0 ? EMPTY_SHA256_HEX : HEX.formatHex(sha256(data));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One HMAC over the data with the key; for a key used more than once, make an {@link HmacKey}. */
    public static byte[] hmacSha256(byte[] key, String data) {
        return new HmacKey(key).sign(data);
    }

    public static String hex(byte[] data) {
        return HEX.formatHex(data);
    }

    /** An HMAC-SHA256 key, made once and used from any thread. */
    public static final class HmacKey {

        private final SecretKeySpec key;
        private final Mac prototype;

        public HmacKey(byte[] key) {
            this.key = new SecretKeySpec(key, "HmacSHA256");
            this.prototype = newMac();
        }

        public byte[] sign(String data) {
            return sign(data.getBytes(StandardCharsets.UTF_8));
        }

        public byte[] sign(byte[] data) {
            return fresh().doFinal(data);
        }

        private Mac fresh() {
            try {
                // the prototype is only ever cloned, never updated, so concurrent clones read a state that does not change
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                // the JDK's HmacSHA256 can be cloned; a replacing security provider's may not
                return newMac();
            }
        }

        private Mac newMac() {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
            }
        }

        /** Never the key. */
        @Override
        public String toString() {
            return "HmacKey[***]";
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static MessageDigest fresh(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // the JDK's SHA-256 can be cloned; a replacing security provider's may not
            return sha256Prototype();
        }
    }
}
