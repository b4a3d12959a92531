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
package io.workflowrun.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trigger load's target and its path through the harness, run small: a few seconds. */
class StubTargetTest {

    private static final CannedAnswer ANSWER = new CannedAnswer(200,
            List.of(new AbstractMap.SimpleImmutableEntry<>("Content-Type", "application/json")),
            "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    @Test
    void answersEachRequestOnAKeptAliveConnectionWhateverItsSizeAndEvenPipelined() throws Exception {
        try (NioStubServer server = new NioStubServer(1);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.listen(ANSWER))) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request("small", 5));
            assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200 OK").endsWith("{\"ok\":true}");

            // far larger than the server's 16 KB buffer: the header block and the body each take many reads
            out.write(request("x".repeat(40_000), 300_000));
            // three in one write: the second has no body at all
            ByteArrayOutputStream three = new ByteArrayOutputStream();
            three.writeBytes(request("a", 1));
            three.writeBytes("GET /b HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            three.writeBytes(request("c", 2));
            out.write(three.toByteArray());
            out.flush();
            for (int i = 0; i < 4; i++) {
                assertThat(readAnswer(socket.getInputStream())).as("answer %d", i).contains("Content-Length: 11").endsWith("{\"ok\":true}");
            }
        }
    }

    private static byte[] request(String headerValue, int bodyLength) {
        String head = "POST /a HTTP/1.1\r\nHost: x\r\nX-Long: " + headerValue + "\r\ncontent-length: " + bodyLength + "\r\n\r\n";
        return (head + "b".repeat(bodyLength)).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void refusesAChunkedBodyAndClosesTheConnection() throws Exception {
        try (NioStubServer server = new NioStubServer(1);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.listen(ANSWER))) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));

            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 411");
        }
    }

    @Test
    void everyClientTriggersEveryProviderItCanOnTheStubInItsOwnJvmWithoutAnError() throws Exception {
        try (ServerHandle stub = ServerHandle.stub("nio", 1)) {
            Map<String, String> baseUrls = new HashMap<>();
            Map<String, Integer> ports = new HashMap<>();
            stub.providers().forEach(provider -> {
                baseUrls.put(provider, stub.baseUrl(provider));
                ports.put(provider, stub.port(provider));
            });
            for (String kind : List.of("component", "raw", "sdk")) {
                try (ClientRunner runner = new ClientRunner(kind, 4, baseUrls, ports, stub::cpuNanos)) {
                    List<String> callable = kind.equals("sdk") ? Providers.ALL.stream().filter(SdkCalls::exists).toList() : Providers.ALL;
                    assertThat(runner.providers()).as(kind).containsExactlyInAnyOrderElementsOf(callable);
                    for (String provider : runner.providers()) {
                        runner.slice(provider, 1, 10);
                        runner.slice(provider, 1, 10);

                        Measurement.Result result = runner.result(provider, 1);
                        assertThat(result.errors()).as(provider + " " + kind).isZero();
                        assertThat(result.n()).isEqualTo(20);
                        assertThat(result.cpuMicrosPerTrigger()).isPositive();
                    }
                }
            }

            try (ClientHandle raw = new ClientHandle("raw", stub, 4, List.of("-Xmx128m"))) {
                String provider = Providers.ALL.get(0);
                raw.slice(provider, 1, 10);

                assertThat(raw.result(provider, 1)).as("a client in a JVM of its own, driven by the harness")
                        .satisfies(result -> assertThat(result.client()).isEqualTo(TriggerLoad.RAW))
                        .satisfies(result -> assertThat(result.n()).isEqualTo(10))
                        .satisfies(result -> assertThat(result.errors()).isZero());
            }
        }
    }

    /** One answer framed by its Content-Length, read byte by byte so that the next one stays in the stream. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return text + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }
}
