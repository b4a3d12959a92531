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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each client's time and allocation go, from a flight recording of the load harness
 * ({@code -Dbench.jvmArg=-XX:StartFlightRecording=settings=profile,filename=load.jfr}). Each execution sample and
 * allocation sample is billed to the client whose measured slice ({@link SliceEvent}) it fell in, and then to the
 * innermost frame of a known kind (signing, the provider's mapping, JSON, Camel, HttpClient, socket I/O...); printed
 * per provider and client as samples per 1,000 triggers (proportional to CPU per trigger), shares, and the top frames.
 * Arguments: the recording, and how many top frames to print (default 12).
 */
public final class ProfileSummary {

    private static final String SLICE = "io.workflowrun.benchmarks.Slice";
    /** The innermost frame whose class starts with one of these names the sample's kind; in this order of precedence. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("io.workflowrun.camel.signing.", "signing (HMAC, SHA-256, canonical request)");
        KINDS.put("io.workflowrun.camel.provider.", "provider mapping (request build, answer read)");
        KINDS.put("com.fasterxml.jackson.", "JSON (Jackson)");
        KINDS.put("io.workflowrun.camel.http.", "component transport (HttpTransport, consumers)");
        KINDS.put("io.workflowrun.camel.", "component core (producer, call, options, rate limit)");
        KINDS.put("io.workflowrun.benchmarks.", "harness (pacing, latency record)");
        KINDS.put("org.apache.camel.", "Camel (routing, exchange)");
        KINDS.put("sun.nio.ch.", "socket I/O and selector (JDK NIO)");
        KINDS.put("org.apache.hc.", "HttpClient 5 / HttpCore 5");
        KINDS.put("com.tencentcloudapi.", "SDK");
        KINDS.put("com.aliyun.", "SDK");
        KINDS.put("com.huaweicloud.", "SDK");
        KINDS.put("okhttp3.", "SDK's HTTP client (OkHttp)");
        KINDS.put("okio.", "SDK's HTTP client (OkHttp)");
        KINDS.put("com.google.gson.", "SDK");
    }

    private ProfileSummary() {
    }

    private record Slice(Instant start, Instant end, String key, int calls) {
    }

    /** What one client's slices add up to. */
    private static final class Tally {
        int calls;
        int samples;
        long allocated;
        final Map<String, Integer> kinds = new TreeMap<>();
        final Map<String, Long> allocationKinds = new TreeMap<>();
        final Map<String, Integer> topFrames = new TreeMap<>();
    }

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<Slice> slices = new ArrayList<>();
        Map<String, Tally> tallies = new TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals(SLICE) && event.getBoolean("measured")) {
                String key = event.getString("provider") + " / " + event.getString("client");
                slices.add(new Slice(event.getStartTime(), event.getEndTime(), key, event.getInt("calls")));
                tallies.computeIfAbsent(key, k -> new Tally()).calls += event.getInt("calls");
            }
        }
        slices.sort(Comparator.comparing(Slice::start));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                boolean cpu = type.equals("jdk.ExecutionSample");
                if (!cpu && !type.equals("jdk.ObjectAllocationSample")) {
                    continue;
                }
                Slice slice = sliceAt(slices, event.getStartTime());
                RecordedStackTrace stack = event.getStackTrace();
                if (slice == null || stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                Tally tally = tallies.get(slice.key());
                String kind = kind(stack.getFrames());
                if (cpu) {
                    tally.samples++;
                    tally.kinds.merge(kind, 1, Integer::sum);
                    tally.topFrames.merge(topFrame(stack.getFrames()), 1, Integer::sum);
                } else {
                    long weight = event.getLong("weight");
                    tally.allocated += weight;
                    tally.allocationKinds.merge(kind, weight, Long::sum);
                }
            }
        }
        tallies.forEach((key, tally) -> print(key, tally, top));
    }

    private static void print(String key, Tally tally, int top) {
        System.out.printf(Locale.ROOT, "%n== %s: %,d triggers, %,d CPU samples (%.1f per 1,000 triggers), %.1f KB sampled allocation per trigger%n",
                key, tally.calls, tally.samples, 1000.0 * tally.samples / Math.max(1, tally.calls),
                tally.allocated / 1024.0 / Math.max(1, tally.calls));
        System.out.println("CPU by kind (share of samples) | allocation by kind (share of bytes):");
        tally.kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(kind ->
                System.out.printf(Locale.ROOT, "  %5.1f%%  %5.1f%%  %s%n", 100.0 * kind.getValue() / tally.samples,
                        100.0 * tally.allocationKinds.getOrDefault(kind.getKey(), 0L) / Math.max(1, tally.allocated), kind.getKey()));
        System.out.println("top frames, with the first caller outside the JDK (share of samples):");
        tally.topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(frame -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * frame.getValue() / tally.samples,
                        frame.getKey()));
    }

    private static Slice sliceAt(List<Slice> slices, Instant time) {
        int low = 0;
        int high = slices.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Slice slice = slices.get(middle);
            if (time.isBefore(slice.start())) {
                high = middle - 1;
            } else if (time.isAfter(slice.end())) {
                low = middle + 1;
            } else {
                return slice;
            }
        }
        return null;
    }

    private static String kind(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                if (type.startsWith(kind.getKey())) {
                    return kind.getValue();
                }
            }
        }
        return "JDK (other)";
    }

    /** The frame on top, and for a JDK frame the first caller outside the JDK: who asked for it. */
    private static String topFrame(List<RecordedFrame> frames) {
        String top = frame(frames.get(0));
        if (!isJdk(frames.get(0))) {
            return top;
        }
        for (RecordedFrame frame : frames) {
            if (!isJdk(frame)) {
                return top + " ← " + frame(frame);
            }
        }
        return top;
    }

    private static boolean isJdk(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.") || type.startsWith("sun.")
               || type.startsWith("com.sun.");
    }

    private static String frame(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
