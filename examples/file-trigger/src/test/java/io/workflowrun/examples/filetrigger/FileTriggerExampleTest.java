package io.workflowrun.examples.filetrigger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as a user runs it: every sample file becomes a run and moves to done/. */
class FileTriggerExampleTest {

    @Test
    void everySampleStartsARunAndMovesToDone(@TempDir Path work) throws Exception {
        FileTriggerExample.run(work, Paths.get("samples"));

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
