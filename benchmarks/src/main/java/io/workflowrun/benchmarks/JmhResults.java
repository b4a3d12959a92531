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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's CSV result file (-rf csv): time per op and, from -prof gc, bytes allocated per op. */
final class JmhResults {

    record Row(String benchmark, double nanosPerOp, double nanosError, double bytesPerOp) {
    }

    private JmhResults() {
    }

    static List<Row> read(Path csv) throws IOException {
        Map<String, double[]> byName = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
            String name = fields.get(0).replace("io.workflowrun.benchmarks.", "");
            String param = fields.size() > 7 ? fields.get(7) : "";
            String unit = fields.get(6);
            int secondary = name.indexOf(':');
            String key = (secondary < 0 ? name : name.substring(0, secondary)) + (param.isEmpty() ? "" : "(" + param + ")");
            double[] values = byName.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN, Double.NaN});
            if (secondary < 0 && unit.equals("ns/op")) {
                values[0] = Double.parseDouble(fields.get(4));
                values[1] = parse(fields.get(5));
            } else if (name.endsWith("gc.alloc.rate.norm")) {
                values[2] = Double.parseDouble(fields.get(4));
            }
        }
        List<Row> rows = new ArrayList<>();
        byName.forEach((name, values) -> rows.add(new Row(name, values[0], values[1], values[2])));
        return rows;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
