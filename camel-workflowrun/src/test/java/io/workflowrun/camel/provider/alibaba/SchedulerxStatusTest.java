package io.workflowrun.camel.provider.alibaba;

import io.workflowrun.camel.spi.RunStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented WfInstanceInfo.Status codes, unified; undocumented ones stay unknown (null), never terminal. */
class SchedulerxStatusTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "1, PENDING", "2, PENDING", "3, RUNNING", "4, SUCCEEDED", "5, FAILED", "0, null", "9, null" })
    void mapsTheDocumentedCodes(int code, RunStatus expected) {
        assertThat(SchedulerxStatus.of(code)).isEqualTo(expected);
    }
}
