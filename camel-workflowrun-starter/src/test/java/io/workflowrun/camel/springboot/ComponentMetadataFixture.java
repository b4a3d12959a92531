package io.workflowrun.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;

/** The component's options as its generated Camel metadata lists them: the truth the starter must cover. */
final class ComponentMetadataFixture {

    static final String PREFIX = "camel.component.workflowrun.";

    private ComponentMetadataFixture() {
    }

    /** Option name to its metadata, in the metadata's order. */
    static Map<String, JsonNode> componentOptions() {
        try (InputStream in = ComponentMetadataFixture.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            if (in == null) {
                throw new IllegalStateException("workflowrun.json is not on the class path");
            }
            Map<String, JsonNode> options = new LinkedHashMap<>();
            new ObjectMapper().readTree(in).get("componentProperties").fields()
                    .forEachRemaining(option -> options.put(option.getKey(), option.getValue()));
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Spring Boot property of an option: {@code camel.component.workflowrun.max-poll-interval}. */
    static String property(String option) {
        return PREFIX + StringHelper.camelCaseToDash(option);
    }
}
