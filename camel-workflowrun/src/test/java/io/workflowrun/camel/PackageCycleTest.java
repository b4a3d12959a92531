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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages depend one way: no package reaches itself through the packages it imports. The edges are
 * read from the compiled classes by the JDK's own {@code jdeps}, as a reviewer would check them by hand, so that a
 * cycle fails the build instead of waiting for someone to look.
 */
class PackageCycleTest {

    private static final String BASE = "io.workflowrun.camel";

    /** A jdeps -verbose:package line: {@code   from   -> to   classes}. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    @Test
    void noPackageReachesItself() throws Exception {
        Map<String, Set<String>> imports = packageImports();
        assertThat(imports).as("the packages jdeps found under %s", BASE).containsKeys(BASE, BASE + ".spi", BASE + ".http");
        assertThat(cycles(imports)).as("packages that import each other, in a cycle (edges: %s)", imports).isEmpty();
    }

    /**
     * The layers, bottom up: the public model imports none of our packages; the SPI only the model; transport and
     * signing only the SPI's data types; so none of them reaches the Camel-facing classes that use them.
     */
    @Test
    void theModelTheSpiAndTheTransportDoNotImportWhatUsesThem() throws Exception {
        Map<String, Set<String>> imports = packageImports();
        assertThat(imports.getOrDefault(BASE + ".model", Set.of())).as("model imports").isEmpty();
        assertThat(imports.get(BASE + ".spi")).as("spi imports").containsOnly(BASE + ".model");
        assertThat(imports.get(BASE + ".http")).as("http imports").containsOnly(BASE + ".spi");
        assertThat(imports.get(BASE + ".signing")).as("signing imports").containsOnly(BASE + ".spi");
        imports.forEach((from, to) -> {
            if (from.startsWith(BASE + ".provider.")) {
                assertThat(to).as(from + " imports (never the Camel-facing package)").doesNotContain(BASE);
            }
        });
    }

    /** Each package of the component and the component's packages it imports (itself left out). */
    private static Map<String, Set<String>> packageImports() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps not found: the tests need a JDK, not a JRE"));
        Path classes = Path.of(WorkflowRunComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "-e", BASE.replace(".", "\\.") + "(\\..*)?", classes.toString());
        assertThat(exit).as("jdeps exit code (%s)", err).isZero();
        Map<String, Set<String>> imports = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && ours(edge.group(1)) && ours(edge.group(2))) {
                Set<String> to = imports.computeIfAbsent(edge.group(1), from -> new TreeSet<>());
                if (!edge.group(1).equals(edge.group(2))) {
                    to.add(edge.group(2));
                }
            }
        }
        return imports;
    }

    private static boolean ours(String name) {
        return name.equals(BASE) || name.startsWith(BASE + ".");
    }

    /** The groups of packages that reach one another, each as sorted names; empty when the graph has no cycle. */
    private static List<Set<String>> cycles(Map<String, Set<String>> imports) {
        Map<String, Set<String>> reach = new TreeMap<>();
        for (String from : imports.keySet()) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(imports.get(from));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (seen.add(next)) {
                    todo.addAll(imports.getOrDefault(next, Set.of()));
                }
            }
            reach.put(from, seen);
        }
        List<Set<String>> cycles = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        for (String from : reach.keySet()) {
            if (placed.contains(from) || !reach.get(from).contains(from)) {
                continue;
            }
            Set<String> group = new TreeSet<>();
            for (String to : reach.get(from)) {
                if (reach.getOrDefault(to, Set.of()).contains(from)) {
                    group.add(to);
                }
            }
            placed.addAll(group);
            cycles.add(group);
        }
        return cycles;
    }
}
