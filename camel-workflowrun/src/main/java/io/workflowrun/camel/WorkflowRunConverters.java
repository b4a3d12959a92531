package io.workflowrun.camel;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workflowrun.camel.http.Json;
import org.apache.camel.Converter;

/** Lets routes read a {@link WorkflowRun} body as a Map or as JSON text. */
@Converter(generateLoader = true)
public final class WorkflowRunConverters {

    private WorkflowRunConverters() {
    }

    @Converter
    public static Map<String, Object> toMap(WorkflowRun run) {
        return run.toMap();
    }

    @Converter
    public static String toJson(WorkflowRun run) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(run.toMap());
    }
}
