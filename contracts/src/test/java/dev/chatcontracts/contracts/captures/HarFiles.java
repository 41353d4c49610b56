package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Writes HAR 1.2 files for tests. */
final class HarFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private HarFiles() {
    }

    /** An entry with a JSON response body (and optionally a request body). */
    static ObjectNode entry(String method, String url, String requestBody, int status, String responseBody) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("startedDateTime", "2024-05-01T10:00:00.000Z").put("time", 12);
        ObjectNode request = entry.putObject("request").put("method", method).put("url", url).put("httpVersion", "HTTP/1.1");
        ArrayNode headers = request.putArray("headers");
        headers.addObject().put("name", "Accept").put("value", "application/json");
        request.putArray("queryString");
        request.putArray("cookies");
        if (requestBody != null) {
            request.putObject("postData").put("mimeType", "application/json").put("text", requestBody);
        }
        ObjectNode response = entry.putObject("response").put("status", status).put("statusText", "").put("httpVersion", "HTTP/1.1");
        response.putArray("headers").addObject().put("name", "Content-Type").put("value", "application/json; charset=utf-8");
        response.putArray("cookies");
        ObjectNode content = response.putObject("content").put("mimeType", "application/json");
        if (responseBody != null) {
            content.put("size", responseBody.length()).put("text", responseBody);
        }
        entry.putObject("cache");
        entry.putObject("timings").put("send", 0).put("wait", 10).put("receive", 2);
        return entry;
    }

    /** The entry with its response body base64-encoded. */
    static ObjectNode base64Body(ObjectNode entry, byte[] body) {
        ((ObjectNode) entry.get("response").get("content")).put("text", Base64.getEncoder().encodeToString(body))
                .put("encoding", "base64");
        return entry;
    }

    static ObjectNode header(ObjectNode entry, String side, String name, String value) {
        ((ArrayNode) entry.get(side).get("headers")).addObject().put("name", name).put("value", value);
        return entry;
    }

    static Path write(Path file, ObjectNode... entries) throws IOException {
        ObjectNode har = JSON.createObjectNode();
        ObjectNode log = har.putObject("log").put("version", "1.2");
        log.putObject("creator").put("name", "test").put("version", "1");
        ArrayNode list = log.putArray("entries");
        for (ObjectNode entry : entries) {
            list.add(entry);
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(har));
        return file;
    }
}
