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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar (failsafe puts it on the class path in place of target/classes) carries what Camel's tooling and
 * runtime look for in a component jar.
 */
class ComponentJarIT {

    @Test
    void theJarCarriesTheCatalogTheComponentPropertiesAndTheSchemeLookup() throws Exception {
        File jar = new File(WorkflowRunComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.getName()).as("the component's classes come from its jar").endsWith(".jar");

        try (JarFile contents = new JarFile(jar)) {
            assertThat(contents.getEntry("META-INF/services/org/apache/camel/component/workflowrun")).isNotNull();

            JsonNode component = new ObjectMapper().readTree(read(contents, "META-INF/io/workflowrun/camel/workflowrun.json"))
                    .get("component");
            assertThat(component.get("async").asBoolean()).as("async").isTrue();
            assertThat(component.get("producerOnly").asBoolean()).as("producerOnly").isTrue();

            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(read(contents, "META-INF/services/org/apache/camel/component.properties")));
            assertThat(properties.getProperty("components")).isEqualTo("workflowrun");
            assertThat(properties.getProperty("groupId")).isEqualTo("io.workflowrun");
            assertThat(properties.getProperty("artifactId")).isEqualTo("camel-workflowrun");
            assertThat(properties.getProperty("version")).isEqualTo(component.get("version").asText());
        }
    }

    private static byte[] read(JarFile jar, String name) throws Exception {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name + " in the jar").isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
