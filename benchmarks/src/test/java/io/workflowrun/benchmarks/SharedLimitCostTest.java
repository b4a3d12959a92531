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

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared limit's section of the report, checked without measuring anything: one column per variant, in its place. */
class SharedLimitCostTest {

    private static final List<SharedLimitCost.Result> RESULTS = List.of(
            new SharedLimitCost.Result("in memory (default)", "none", 100, 0, 40, 2000, 0, 0),
            new SharedLimitCost.Result("PostgreSQL", "a statement executed or a commit (JDBC)", 100, 0, 60, 1500, 1, 3),
            new SharedLimitCost.Result("Hazelcast", "an entry processor invocation", 100, 0, 50, 1800, 1, 1));

    @Test
    void givesEachVariantAColumnComparedWithTheInMemoryDefault() {
        String section = SharedLimitCost.section(RESULTS, 100, 8, 3);

        assertThat(section).contains(SharedLimitCost.SECTION, "[cols=\"3,>2,>2,>2\"",
                "| per trigger | in memory (default) | PostgreSQL | Hazelcast",
                "| CPU µs | 40.0 | 60.0 | 50.0", "| CPU, × the in-memory default | 1.00× | 1.50× | 1.25×",
                "| store round trips | none | 3.00 (a statement executed or a commit (JDBC)) | 1.00 (an entry processor invocation)");
        assertThat(section.split("\\|===", -1).length % 2).as("|=== opens and closes the table").isEqualTo(1);
        assertThat(section).as("what the scaling-out page includes")
                .contains("// tag::shared-limit-cost[]\n", "|===\n// end::shared-limit-cost[]\n");
    }

    @Test
    void replacesItsOwnSectionOnlyAndLeavesTheLoadReportReadable() {
        Report load = new Report(10, 2, 0, 1, 5);
        load.runs.add(new Measurement.Result("acme", TriggerLoad.RAW, 1, 10, 0, 1000, 1, 2, 40, 10, 3, 5, 1));
        String partial = load.toAsciiDoc();

        String once = SharedLimitCost.withSection(partial, SharedLimitCost.section(RESULTS, 100, 8, 3));
        String twice = SharedLimitCost.withSection(once, SharedLimitCost.section(RESULTS.subList(0, 2), 100, 8, 3));

        assertThat(once).startsWith(partial.stripTrailing()).contains(SharedLimitCost.SECTION);
        assertThat(twice.split(SharedLimitCost.SECTION, -1)).as("one section, the newest").hasSize(2);
        assertThat(twice).startsWith(partial.stripTrailing()).doesNotContain("| Hazelcast");
        assertThat(MeasuredPartial.read(twice).runs).as("the load's rows, read back for the charts").hasSize(1);
    }
}
