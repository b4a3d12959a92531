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
package io.workflowrun.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.workflowrun.docs.ComponentMetadata.Option;

/**
 * Writes the component page's reference tables as AsciiDoc partials, from the component's JSON metadata, laid out
 * like Apache Camel's own component pages (name, description, default, type; query options grouped by group).
 * Run by the build before the pages are rendered; argument: the directory to write to.
 */
public final class OptionTables {

    static final String ATTRIBUTES = "component-attributes.adoc";
    static final String COMPONENT_OPTIONS = "component-options.adoc";
    static final String PATH_OPTIONS = "endpoint-path-options.adoc";
    static final String QUERY_OPTIONS = "endpoint-query-options.adoc";
    static final String HEADERS = "headers.adoc";

    private static final String TABLE_START = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                              + "| Name | Description | Default | Type\n";

    private OptionTables() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OptionTables <output directory>");
        }
        write(ComponentMetadata.load(), Path.of(args[0]));
    }

    static void write(ComponentMetadata metadata, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ATTRIBUTES), attributes(metadata));
        Files.writeString(dir.resolve(COMPONENT_OPTIONS), grouped(metadata.componentOptions(), "component-option", "===="));
        Files.writeString(dir.resolve(PATH_OPTIONS), table(metadata.pathOptions(), "option"));
        Files.writeString(dir.resolve(QUERY_OPTIONS), grouped(metadata.queryOptions(), "option", "====="));
        Files.writeString(dir.resolve(HEADERS), headers(metadata.headers()));
    }

    /** What the page header takes from the metadata: title, description, first version, URI syntax, counts. */
    static String attributes(ComponentMetadata metadata) {
        Map<String, String> c = metadata.component();
        return ":component-title: " + c.get("title") + "\n"
               + ":component-description: " + c.get("description") + "\n"
               + ":component-since: " + c.get("firstVersion") + "\n"
               + ":component-support-level: " + c.get("supportLevel") + "\n"
               + ":component-syntax: " + c.get("syntax") + "\n"
               + ":component-scheme: " + c.get("scheme") + "\n"
               + ":component-group-id: " + c.get("groupId") + "\n"
               + ":component-artifact-id: " + c.get("artifactId") + "\n"
               + ":component-option-count: " + metadata.componentOptions().size() + "\n"
               + ":endpoint-path-option-count: " + metadata.pathOptions().size() + "\n"
               + ":endpoint-query-option-count: " + metadata.queryOptions().size() + "\n"
               + ":header-count: " + metadata.headers().size() + "\n";
    }

    /** One table per group, in the order the metadata lists the groups, each under a heading of this level. */
    static String grouped(List<Option> options, String anchorPrefix, String heading) {
        Map<String, List<Option>> byGroup = new LinkedHashMap<>();
        for (Option option : options) {
            byGroup.computeIfAbsent(option.group(), g -> new ArrayList<>()).add(option);
        }
        StringBuilder adoc = new StringBuilder();
        byGroup.forEach((group, members) -> adoc
                .append("[discrete]\n[[").append(anchorPrefix).append("s-").append(slug(group)).append("]]\n")
                .append(heading).append(' ').append(title(group)).append("\n\n")
                .append(table(members, anchorPrefix)).append("\n"));
        return adoc.toString();
    }

    static String table(List<Option> options, String anchorPrefix) {
        StringBuilder adoc = new StringBuilder(TABLE_START);
        for (Option option : options) {
            adoc.append("| [[").append(anchorPrefix).append('-').append(option.name()).append("]]*")
                .append(option.name()).append("*").append(option.secret() ? " (secret)" : "").append('\n')
                .append("| ").append(option.required() ? "*Required* " : "").append(literal(option.description()))
                .append(enumValues(option)).append('\n')
                .append("| ").append(option.defaultValue().isEmpty() ? "" : literal(option.defaultValue())).append('\n')
                .append("| ").append(literal(option.typeLabel())).append('\n');
        }
        return adoc.append("|===\n").toString();
    }

    static String headers(List<Option> headers) {
        StringBuilder adoc = new StringBuilder("[width=\"100%\",cols=\"3,5,^1,2,3\",options=\"header\"]\n|===\n"
                                               + "| Name | Description | Default | Type | Constant\n");
        for (Option header : headers) {
            adoc.append("| [[header-").append(header.name()).append("]]`").append(header.name()).append("`\n")
                .append("| ").append(literal(header.description())).append(enumValues(header)).append('\n')
                .append("| ").append(header.defaultValue().isEmpty() ? "" : literal(header.defaultValue())).append('\n')
                .append("| ").append(literal(header.typeLabel())).append('\n')
                .append("| ").append(literal(constant(header.constantName()))).append('\n');
        }
        return adoc.append("|===\n").toString();
    }

    private static String enumValues(Option option) {
        return option.enums().isEmpty() ? "" : " Enum values: " + String.join(", ", option.enums().stream()
                .map(value -> "`" + value + "`").toList()) + ".";
    }

    /** io.workflowrun.camel.WorkflowRunConstants#RUN_ID as a Java reader writes it: WorkflowRunConstants.RUN_ID. */
    private static String constant(String constantName) {
        String simple = constantName.substring(constantName.lastIndexOf('.') + 1);
        return simple.replace('#', '.');
    }

    /**
     * Metadata text shown as written: no AsciiDoc formatting, HTML escaped. A table cell ends at an unescaped '|'
     * and the pass macro at an unescaped ']', so both are escaped.
     */
    static String literal(String text) {
        return "pass:c[" + text.replace("]", "\\]").replace("|", "\\|") + "]";
    }

    private static String title(String group) {
        return group.substring(0, 1).toUpperCase(Locale.ROOT) + group.substring(1);
    }

    private static String slug(String group) {
        return group.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-$", "");
    }
}
