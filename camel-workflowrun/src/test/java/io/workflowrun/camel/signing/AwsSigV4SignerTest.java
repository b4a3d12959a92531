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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AWS's published Signature Version 4 test suite (service {@code service}, region {@code us-east-1}, 2015-08-30
 * 12:36:00 UTC, the documentation's example keys; every case but the two with a header given twice, which a call's
 * header map cannot hold, {@code post-sts-header-after}, whose token is added unsigned where this signer signs it as
 * the SDKs do, and {@code post-x-www-form-urlencoded-parameters}, whose published string to sign is not the hash of its
 * own published canonical request), and the AWS SDK for Java v2's own signer as the oracle for the calls
 * this component makes: the same call, instant and keys give the same headers, byte for byte.
 */
class AwsSigV4SignerTest {

    private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final Credentials SUITE_KEYS = new Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static final String SUITE_TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8Y"
                                              + "UuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8Y"
                                              + "QcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
    private static final String SCOPE = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

    /** One case of the suite: the request (less the Host and X-Amz-Date it has, which the signer adds) and its published Authorization. */
    record Vector(String name, String method, String pathAndQuery, Map<String, String> headers, String body, String token,
                  String signedHeaders, String signature) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Vector> suite() {
        return List.of(
                vector("get-vanilla", "GET", "/", Map.of(), "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-unreserved", "GET", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", Map.of(),
                        "host;x-amz-date", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
                vector("get-header-value-trim", "GET", "/", Map.of("My-Header1", " value1", "My-Header2", " \"a   b   c\""),
                        "host;my-header1;my-header2;x-amz-date", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
                vector("get-vanilla-empty-query-key", "GET", "/?Param1=value1", Map.of(),
                        "host;x-amz-date", "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb"),
                vector("get-vanilla-query-order-key-case", "GET", "/?Param2=value2&Param1=value1", Map.of(),
                        "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
                vector("get-vanilla-query-order-key", "GET", "/?Param1=value2&Param1=Value1", Map.of(),
                        "host;x-amz-date", "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1"),
                vector("get-vanilla-query-order-value", "GET", "/?Param1=value2&Param1=value1", Map.of(),
                        "host;x-amz-date", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"),
                vector("get-vanilla-query-unreserved", "GET",
                        "/?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        Map.of(), "host;x-amz-date", "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"),
                vector("get-vanilla-utf8-query", "GET", "/?\u1234=bar", Map.of(),
                        "host;x-amz-date", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
                vector("get-relative", "GET", "/example/..", Map.of(), "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-relative-relative", "GET", "/example1/example2/../..", Map.of(),
                        "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-slash", "GET", "//", Map.of(), "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-slash-dot-slash", "GET", "/./", Map.of(), "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-slash-pointless-dot", "GET", "/./example", Map.of(),
                        "host;x-amz-date", "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5"),
                vector("get-slashes", "GET", "//example//", Map.of(), "host;x-amz-date", "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"),
                vector("post-vanilla", "POST", "/", Map.of(), "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
                vector("post-vanilla-query", "POST", "/?Param1=value1", Map.of(),
                        "host;x-amz-date", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"),
                vector("post-header-key-sort", "POST", "/", Map.of("My-Header1", "value1"),
                        "host;my-header1;x-amz-date", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"),
                vector("post-header-value-case", "POST", "/", Map.of("My-Header1", "VALUE1"),
                        "host;my-header1;x-amz-date", "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"),
                new Vector("post-x-www-form-urlencoded", "POST", "/", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        "Param1=value1", null, "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
                new Vector("post-sts-header-before", "POST", "/", Map.of(), "", SUITE_TOKEN,
                        "host;x-amz-date;x-amz-security-token", "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"));
    }

    private static Vector vector(String name, String method, String pathAndQuery, Map<String, String> headers, String signedHeaders,
            String signature) {
        return new Vector(name, method, pathAndQuery, headers, "", null, signedHeaders, signature);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void reproducesTheSignatureOfAwsPublishedTestSuite(Vector vector) {
        Credentials keys = new Credentials(SUITE_KEYS.accessKey(), SUITE_KEYS.secretKey(), vector.token());
        HttpCall call = HttpCall.of(vector.method(), URI.create("https://example.amazonaws.com" + vector.pathAndQuery()), vector.headers(),
                vector.body().getBytes(StandardCharsets.UTF_8));

        HttpCall signed = new AwsSigV4Signer("service", "us-east-1", keys).sign(call, SUITE_TIME);

        assertThat(signed.headers()).containsEntry("X-Amz-Date", "20150830T123600Z").containsEntry("Authorization",
                "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=" + vector.signedHeaders() + ", Signature=" + vector.signature());
    }

    @Test
    void reproducesTheSuitesCanonicalRequestOfAUtf8QueryAndFoldedHeaderValues() {
        AwsSigV4Signer signer = new AwsSigV4Signer("service", "us-east-1", SUITE_KEYS);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("My-Header1", " value1");
        headers.put("My-Header2", " \"a   b   c\"");

        String canonical = signer.canonicalRequest(HttpCall.of("GET", URI.create("https://example.amazonaws.com/?\u1234=bar"), headers, null),
                SUITE_TIME);

        assertThat(canonical).isEqualTo("""
                GET
                /
                %E1%88%B4=bar
                host:example.amazonaws.com
                my-header1:value1
                my-header2:"a b c"
                x-amz-date:20150830T123600Z

                host;my-header1;my-header2;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }

    // ---- the AWS SDK for Java v2 as the oracle

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    record SdkCase(String name, String url, Map<String, String> headers, String body, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<SdkCase> sdkCases() {
        Map<String, String> start = new LinkedHashMap<>();
        start.put("Content-Type", "application/x-amz-json-1.0");
        start.put("X-Amz-Target", "AWSStepFunctions.StartExecution");
        String body = "{\"stateMachineArn\":\"arn:aws:states:eu-west-1:123456789012:stateMachine:Orders\",\"name\":\"order-A-1\","
                      + "\"input\":\"{\\\"城市\\\":\\\"深圳 🚀\\\",\\\"a&b=c+d/e%f~g* h\\\":1}\"}";
        return List.of(
                new SdkCase("StartExecution", "https://states.eu-west-1.amazonaws.com/", start, body, null),
                new SdkCase("StartExecution with a session token", "https://states.eu-west-1.amazonaws.com/", start, body,
                        "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+/=="),
                new SdkCase("a loopback port", "http://127.0.0.1:41234/", start, body, null),
                new SdkCase("a proxy's path prefix that needs encoding", "https://proxy.example.com:8443/aws/st%20ates;v=1/", start, body, null),
                new SdkCase("a query and spaces in a header value", "https://states.eu-west-1.amazonaws.com/?b=2&a=x%2By&a=%20",
                        Map.of("X-Amz-Target", "AWSStepFunctions.DescribeExecution", "X-Trace", "  a   b  "), "{}", null),
                new SdkCase("no body", "https://states.eu-west-1.amazonaws.com/", Map.of("X-Amz-Target", "AWSStepFunctions.StopExecution"), "",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sdkCases")
    void signsAsTheAwsSdkForJavaSigns(SdkCase c) {
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        Credentials keys = new Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", c.token());

        HttpCall ours = new AwsSigV4Signer("states", "eu-west-1", keys, true).sign(HttpCall.of("POST", URI.create(c.url()), c.headers(), body), NOW);
        Map<String, String> sdk = sdkSigned(c.url(), c.headers(), body, keys);

        assertThat(lowerCase(ours.headers())).containsEntry("authorization", sdk.get("authorization"))
                .containsEntry("x-amz-date", sdk.get("x-amz-date"))
                .containsEntry("x-amz-content-sha256", sdk.get("x-amz-content-sha256"));
        assertThat(lowerCase(ours.headers()).get("x-amz-security-token")).isEqualTo(sdk.get("x-amz-security-token"));
        assertThat(sdk.get("authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260304/eu-west-1/states/aws4_request, ");
    }

    @Test
    void aChangedSecretChangesTheSignatureTheSdkComputes() {
        SdkCase c = sdkCases().get(0);
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        Credentials keys = new Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

        HttpCall ours = new AwsSigV4Signer("states", "eu-west-1", new Credentials(keys.accessKey(), keys.secretKey() + "x", null), true)
                .sign(HttpCall.of("POST", URI.create(c.url()), c.headers(), body), NOW);

        assertThat(ours.headers().get("Authorization")).isNotEqualTo(sdkSigned(c.url(), c.headers(), body, keys).get("authorization"));
    }

    @Test
    void derivesTheKeyOfEachDayItSignsOn() {
        AwsSigV4Signer signer = new AwsSigV4Signer("states", "eu-west-1", SUITE_KEYS, true);
        HttpCall call = HttpCall.of("POST", URI.create("https://states.eu-west-1.amazonaws.com/"), Map.of(), null);
        Instant beforeMidnight = Instant.parse("2026-03-04T23:59:59Z");

        String first = signer.sign(call, beforeMidnight).headers().get("Authorization");
        String nextDay = signer.sign(call, beforeMidnight.plusSeconds(1)).headers().get("Authorization");
        String firstAgain = signer.sign(call, beforeMidnight).headers().get("Authorization");

        assertThat(first).contains("/20260304/eu-west-1/states/aws4_request");
        assertThat(nextDay).contains("/20260305/eu-west-1/states/aws4_request");
        assertThat(firstAgain).isEqualTo(first)
                .isEqualTo(new AwsSigV4Signer("states", "eu-west-1", SUITE_KEYS, true).sign(call, beforeMidnight).headers().get("Authorization"));
    }

    @Test
    void refusesACallThatSetsHostItself() {
        HttpCall call = HttpCall.of("POST", URI.create("https://states.eu-west-1.amazonaws.com/"), Map.of("Host", "elsewhere"), null);

        assertThatThrownBy(() -> new AwsSigV4Signer("states", "eu-west-1", SUITE_KEYS).sign(call, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");
    }

    @Test
    void neverShowsTheSecretOrTheToken() {
        String text = new AwsSigV4Signer("states", "eu-west-1", new Credentials("AKIAIOSFODNN7EXAMPLE", "secret-4711", "token-4711")).toString();

        assertThat(text).doesNotContain("secret-4711").doesNotContain("token-4711").contains("states").contains("eu-west-1");
    }

    /** The headers the SDK's signer adds for this request, names in lower case. */
    private static Map<String, String> sdkSigned(String url, Map<String, String> headers, byte[] body, Credentials keys) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url));
        headers.forEach(request::putHeader);
        AwsCredentialsIdentity identity = keys.securityToken() == null
                ? AwsCredentialsIdentity.create(keys.accessKey(), keys.secretKey())
                : AwsSessionCredentialsIdentity.create(keys.accessKey(), keys.secretKey(), keys.securityToken());
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)));
        Map<String, String> added = new TreeMap<>();
        signed.request().headers().forEach((name, values) -> added.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        return added;
    }

    private static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), value));
        return lower;
    }
}
