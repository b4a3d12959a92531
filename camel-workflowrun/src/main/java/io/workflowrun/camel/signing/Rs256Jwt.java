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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.spi.Json;

/**
 * A JSON Web Token signed with RS256 (RFC 7519, RFC 7515: RSASSA-PKCS1-v1_5 with SHA-256), the compact form
 * {@code base64url(header).base64url(claims).base64url(signature)}: what a service account's assertion to Google's token
 * endpoint and a GitHub App's JWT are. The private key comes as PEM text, PKCS#8 ({@code BEGIN PRIVATE KEY}, as in a
 * Google service account's JSON key) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, as GitHub issues an app's key).
 * <p>
 * The signature of the same input with the same key is always the same (PKCS#1 v1.5 has no randomness): a token is
 * a function of its header, its claims and the key.
 */
public final class Rs256Jwt {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    // the DER of AlgorithmIdentifier { rsaEncryption, NULL } that wraps a PKCS#1 key into a PKCS#8 one
    private static final byte[] RSA_ALGORITHM = { 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
        0x01, 0x01, 0x01, 0x05, 0x00 };

    private Rs256Jwt() {
    }

    /**
     * The signed token: a header of {@code alg: RS256, typ: JWT} and the given header fields (e.g. {@code kid}), then the
     * claims, in the order given.
     */
    public static String sign(Map<String, Object> headerFields, Map<String, Object> claims, PrivateKey key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.putAll(headerFields);
        String signingInput = BASE64URL.encodeToString(Json.write(header)) + "." + BASE64URL.encodeToString(Json.write(claims));
        return signingInput + "." + BASE64URL.encodeToString(signature(signingInput, key));
    }

    /** The RS256 signature of a JWS signing input ({@code base64url(header).base64url(payload)}). */
    public static byte[] signature(String signingInput, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot sign with SHA256withRSA: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an RSA private key from PEM text, PKCS#8 or PKCS#1. The key's text never appears in a message.
     *
     * @param what names the key's source in an error, e.g. {@code the private_key of option serviceAccountKey}
     * @throws IllegalArgumentException naming {@code what} when the text is no RSA private key in PEM
     */
    public static RSAPrivateKey privateKey(String pem, String what) {
        if (pem == null) {
            throw new IllegalArgumentException(what + " is missing: expected an RSA private key in PEM (-----BEGIN PRIVATE KEY-----)");
        }
        String text = pem.replace("\\n", "\n").strip();
        boolean pkcs1 = text.startsWith("-----BEGIN RSA PRIVATE KEY-----");
        String label = pkcs1 ? "RSA PRIVATE KEY" : "PRIVATE KEY";
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from != 0 || to < 0) {
            throw new IllegalArgumentException(what + " is not an RSA private key in PEM: expected text between "
                                               + "-----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- (PKCS#8) or "
                                               + "-----BEGIN RSA PRIVATE KEY----- and its END line (PKCS#1)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not an RSA private key in PEM: its base64 body cannot be decoded");
        }
        RSAPrivateKey key;
        try {
            key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs1 ? pkcs8(der) : der));
        } catch (GeneralSecurityException | ClassCastException e) {
            // the JDK's message names the ASN.1 fault only, never key material
            throw new IllegalArgumentException(what + " is not an RSA private key (" + e.getMessage() + ")");
        }
        int bits = key.getModulus().bitLength();
        if (bits < 2048) {
            // RFC 7518, section 3.3: a key of 2048 bits or larger MUST be used with RS256; servers refuse shorter ones
            throw new IllegalArgumentException(what + " is a " + bits + "-bit RSA key: RS256 takes 2048 bits or more");
        }
        return key;
    }

    /** PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING { the PKCS#1 key } }. */
    private static byte[] pkcs8(byte[] pkcs1) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        octets.writeBytes(new byte[] { 0x02, 0x01, 0x00 });
        octets.writeBytes(RSA_ALGORITHM);
        octets.write(0x04);
        writeLength(octets, pkcs1.length);
        octets.writeBytes(pkcs1);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(0x30);
        writeLength(info, octets.size());
        info.writeBytes(octets.toByteArray());
        return info.toByteArray();
    }

    /** A DER length: short form below 128, else the count of length bytes and the big-endian length. */
    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i) & 0xff);
        }
    }
}
