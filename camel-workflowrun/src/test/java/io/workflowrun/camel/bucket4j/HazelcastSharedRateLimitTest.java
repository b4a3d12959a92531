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
package io.workflowrun.camel.bucket4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limit over Hazelcast: three embedded members on loopback, each instance's store over its own member. */
class HazelcastSharedRateLimitTest extends SharedRateLimitTestSupport {

    private static final String MAP = "workflowrun-rate-limit";
    /** Where Bucket4j's serializers' type IDs start, as an application would choose it. */
    private static final int SERIALIZER_TYPE_ID_BASE = 10_000;

    private static final List<HazelcastInstance> members = new ArrayList<>();

    @BeforeAll
    static void startMembers() throws IOException {
        String cluster = "workflowrun-test-" + UUID.randomUUID();
        int firstPort = freePort();
        members.add(Hazelcast.newHazelcastInstance(memberConfig(cluster, firstPort, firstPort)));
        for (int i = 1; i < INSTANCES; i++) {
            members.add(Hazelcast.newHazelcastInstance(memberConfig(cluster, freePort(), firstPort)));
        }
        assertThat(members.get(INSTANCES - 1).getCluster().getMembers()).as("members of the cluster").hasSize(INSTANCES)
                .allSatisfy(member -> assertThat(member.getAddress().getHost()).isEqualTo("127.0.0.1"));
    }

    @AfterAll
    static void stopMembers() {
        members.forEach(HazelcastInstance::shutdown);
        members.clear();
    }

    /**
     * The first instance's store as the factory makes it (on a JVM that sees 2 CPUs or fewer, reservations called on
     * the component's pool), the others' over Bucket4j's asynchronous mode whatever the CPUs: both ways in one limit.
     */
    @Override
    RateLimitStore store(int instance) {
        if (instance == 0) {
            return Bucket4jRateLimitStore.hazelcast(members.get(instance), MAP);
        }
        ProxyManager<String> proxyManager = Bucket4jHazelcast.entryProcessorBasedBuilder(members.get(instance).<String, byte[]> getMap(MAP))
                .build();
        assertThat(proxyManager.isAsyncModeSupported()).isTrue();
        return new Bucket4jRateLimitStore(proxyManager, "Hazelcast map " + MAP);
    }

    @Test
    void theGridHoldsNoCredential() throws Exception {
        Producer producer = producer(instance(store(0)));
        assertThat(send(producer).getException()).isNull();

        IMap<String, byte[]> buckets = members.get(1).getMap(MAP);
        assertThat(buckets.keySet()).isNotEmpty().allSatisfy(key -> assertThat(key)
                .matches(PROVIDER + ":[0-9a-f]{64}")
                .doesNotContain(WorkflowRunSimulator.ACCESS_KEY)
                .doesNotContain(WorkflowRunSimulator.SECRET_KEY));
        for (Map.Entry<String, byte[]> bucket : buckets.entrySet()) {
            assertThat(new String(bucket.getValue(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(WorkflowRunSimulator.ACCESS_KEY).doesNotContain(WorkflowRunSimulator.SECRET_KEY);
        }
    }

    @Test
    void aStoppedMemberFailsTheCallUnsentNamingTheStore() throws Exception {
        int port = freePort();
        HazelcastInstance own = Hazelcast.newHazelcastInstance(memberConfig("workflowrun-test-" + UUID.randomUUID(), port, port));
        Producer producer;
        try {
            producer = producer(instance(Bucket4jRateLimitStore.hazelcast(own, MAP)));
            assertThat(send(producer).getException()).isNull();
        } finally {
            own.shutdown();
        }

        Exchange second = send(producer);

        assertThat(second.getException()).isInstanceOf(WorkflowRunNotSentException.class)
                .hasMessageContaining("rateLimitStore")
                .hasMessageContaining("Hazelcast map " + MAP);
        assertThat(second.getException().getMessage()).doesNotContain(WorkflowRunSimulator.SECRET_KEY);
        assertThat(SIMULATOR.simulator().requests(PROVIDER)).as("calls that reached the provider").hasSize(1);
    }

    /** A member on loopback only that joins the member at joinPort over TCP: no multicast, no cloud discovery. */
    private static Config memberConfig(String cluster, int port, int joinPort) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.socket.bind.any", "false");
        // a cluster of three on one machine: no reason to wait for others before forming it
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + joinPort);
        // what the docs tell users to add to their members' (and clients') configuration
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), SERIALIZER_TYPE_ID_BASE);
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
