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

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RS256 signing: RFC 7515's own example signature (Appendix A.2), tokens a JOSE library verifies, and private keys read
 * from PKCS#8 and PKCS#1 PEM.
 */
class Rs256JwtTest {

    // RFC 7515 Appendix A.2: the RSA key's modulus and private exponent, the signing input and the signature
    private static final String RFC_N = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-"
                                        + "yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-"
                                        + "KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_"
                                        + "h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
    private static final String RFC_D = "Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46su"
                                        + "i395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4"
                                        + "qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB"
                                        + "4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ";
    private static final String RFC_SIGNING_INPUT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                                                    + "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    private static final String RFC_SIGNATURE = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp"
                                                + "5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe"
                                                + "7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6Lb"
                                                + "gGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";

    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void signsRfc7515sExampleToItsPublishedSignature() throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(
                new RSAPrivateKeySpec(unsigned(RFC_N), unsigned(RFC_D)));

        byte[] signature = Rs256Jwt.signature(RFC_SIGNING_INPUT, key);

        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(signature)).isEqualTo(RFC_SIGNATURE);
    }

    @Test
    void aTokenVerifiesWithTheKeysPublicKeyAndCarriesItsHeaderAndClaims() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "app@example.iam.gserviceaccount.com");
        claims.put("iat", 1_700_000_000L);
        claims.put("exp", 1_700_003_600L);

        String token = Rs256Jwt.sign(Map.of("kid", "key-1"), claims, (RSAPrivateKey) keys.getPrivate());

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("key-1");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("app@example.iam.gserviceaccount.com");
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant().getEpochSecond()).isEqualTo(1_700_000_000L);
        assertThat(token).doesNotContain("=").doesNotContain("+").doesNotContain("/");
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerify() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = Rs256Jwt.sign(Map.of(), Map.of("iss", "a"), (RSAPrivateKey) generator.generateKeyPair().getPrivate());

        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isFalse();
    }

    @Test
    void readsAPkcs8PemKeyAsGoogleWritesItInAJsonKey() throws Exception {
        String pem = pem("PRIVATE KEY", keys.getPrivate().getEncoded());

        assertSignsWithTheSameKey(Rs256Jwt.privateKey(pem, "the key"));
        // as a JSON key's text holds it when the JSON's escapes were not undone
        assertSignsWithTheSameKey(Rs256Jwt.privateKey(pem.replace("\n", "\\n"), "the key"));
    }

    @Test
    void readsAPkcs1PemKeyAsGitHubIssuesAnAppsKey() throws Exception {
        byte[] pkcs8 = keys.getPrivate().getEncoded();
        // PrivateKeyInfo: SEQUENCE(4) INTEGER 0(3) AlgorithmIdentifier(15) OCTET STRING header(4), then the PKCS#1 key
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        assertThat(pkcs1[0]).as("a PKCS#1 RSAPrivateKey SEQUENCE").isEqualTo((byte) 0x30);

        assertSignsWithTheSameKey(Rs256Jwt.privateKey(pem("RSA PRIVATE KEY", pkcs1), "the key"));
    }

    @Test
    void textThatIsNoKeyIsRefusedNamingItsSourceWithoutQuotingIt() {
        String notAKey = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXNlY3JldC1zZWNyZXQ=\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> Rs256Jwt.privateKey(notAKey, "The private_key of option serviceAccountKey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The private_key of option serviceAccountKey is not an RSA private key")
                .hasMessageNotContaining("c2VjcmV0");
        assertThatThrownBy(() -> Rs256Jwt.privateKey("secret-secret", "The key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM").hasMessageNotContaining("secret-secret");
        assertThatThrownBy(() -> Rs256Jwt.privateKey(null, "The key")).hasMessageContaining("missing");
    }

    @Test
    void aKeyShorterThanRs256TakesIsRefusedNamingItsSource() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String shortKey = pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded());

        assertThatThrownBy(() -> Rs256Jwt.privateKey(shortKey, "The private key of option privateKey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The private key of option privateKey is a 1024-bit RSA key: RS256 takes 2048 bits or more");
    }

    private static void assertSignsWithTheSameKey(RSAPrivateKey read) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update("x.y".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Rs256Jwt.signature("x.y", read))).isTrue();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
               + "\n-----END " + label + "-----\n";
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }
}
