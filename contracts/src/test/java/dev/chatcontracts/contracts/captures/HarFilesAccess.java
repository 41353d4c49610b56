package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** HAR entries for tests of other packages. */
public final class HarFilesAccess {

    private HarFilesAccess() {
    }

    /** An entry as JSON text; headers are name/value pairs. */
    public static String harEntry(String method, String url, List<String> requestHeaders, String requestBody, int status,
            List<String> responseHeaders, String responseBody) {
        ObjectNode entry = HarFiles.entry(method, url, requestBody, status, responseBody);
        for (int i = 0; i < requestHeaders.size(); i += 2) {
            HarFiles.header(entry, "request", requestHeaders.get(i), requestHeaders.get(i + 1));
        }
        for (int i = 0; i < responseHeaders.size(); i += 2) {
            HarFiles.header(entry, "response", responseHeaders.get(i), responseHeaders.get(i + 1));
        }
        return entry.toString();
    }
}
