package io.workflowrun.examples.filetrigger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as a user runs it: every sample file becomes a run and moves to done/. */
class FileTriggerExampleTest {

    @ParameterizedTest
    @ValueSource(strings = { "dify", "interactly", "tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph" })
    void everySampleStartsARunAndMovesToDone(String provider, @TempDir Path work) throws Exception {
        int runs = FileTriggerExample.run(work, Paths.get("samples"), provider);

        assertThat(runs).isEqualTo(3);
        assertThat(names(work.resolve("done"))).containsExactlyInAnyOrder("order-1001.json", "order-1002.json", "order-1003.json");
        assertThat(names(work.resolve("inbox"))).isEmpty();
        assertThat(Files.exists(work.resolve("error"))).isFalse();
    }

    private static Stream<String> namesStream(Path dir) throws Exception {
        return Files.exists(dir) ? Files.list(dir).filter(Files::isRegularFile).map(p -> p.getFileName().toString()) : Stream.empty();
    }

    private static java.util.List<String> names(Path dir) throws Exception {
        try (Stream<String> names = namesStream(dir)) {
            return names.toList();
        }
    }
}
