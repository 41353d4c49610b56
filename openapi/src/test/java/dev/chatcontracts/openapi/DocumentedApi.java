package dev.chatcontracts.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The coverage table of the test resources: what the vendor documentation documents. */
record DocumentedApi(List<Operation> operations, List<SchemaEntry> schemas, List<String> discrepancies) {

    record Operation(String spec, String id, String method, String path, String doc, String status,
            List<String> allowed, Map<String, String> query, List<String> requiredQuery, List<String> headers,
            List<String> pathParams, String body) {

        @Override
        public String toString() {
            return id;
        }
    }

    record SchemaEntry(String spec, String component, List<Field> fields, List<String> names, List<String> required) {

        @Override
        public String toString() {
            return component;
        }
    }

    record Field(String name, String type, Boolean readOnly, Boolean mandatory, List<String> enumValues, Boolean deprecated) {

        @com.fasterxml.jackson.annotation.JsonCreator
        static Field of(@com.fasterxml.jackson.annotation.JsonProperty("name") String name,
                @com.fasterxml.jackson.annotation.JsonProperty("type") String type,
                @com.fasterxml.jackson.annotation.JsonProperty("readOnly") Boolean readOnly,
                @com.fasterxml.jackson.annotation.JsonProperty("mandatory") Boolean mandatory,
                @com.fasterxml.jackson.annotation.JsonProperty("enum") List<String> enumValues,
                @com.fasterxml.jackson.annotation.JsonProperty("deprecated") Boolean deprecated) {
            return new Field(name, type, readOnly, mandatory, enumValues, deprecated);
        }
    }

    static DocumentedApi load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = DocumentedApi.class.getResourceAsStream("/coverage/documented-api.yaml")) {
            return yaml.readValue(in, DocumentedApi.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
