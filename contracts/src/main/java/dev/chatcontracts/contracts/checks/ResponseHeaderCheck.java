package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.CompiledParameter;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a response's documented headers: present when required, their values against their schemas. What
 * HTTP itself defines is added: {@code Retry-After} (RFC 9110) is delay-seconds or an HTTP-date and must
 * be sent with a 429 that documents it; the pagination links {@code X-Next-Page}/{@code X-Previous-Page}
 * must be URLs a client can follow: absolute ({@code https://...}) or an absolute path ({@code /api/v2/...},
 * as the documentation and the live API give them).
 */
final class ResponseHeaderCheck {

    private static final String RETRY_AFTER = "retry-after";
    private static final Set<String> LINKS = Set.of("x-next-page", "x-previous-page");

    private ResponseHeaderCheck() {
    }

    static void check(ApiContract contract, DocumentedContent documented, Exchange exchange, FindingSink sink) {
        for (CompiledParameter header : contract.responseHeaders(documented.location())) {
            String name = header.name().toLowerCase(Locale.ROOT);
            List<String> values = exchange.responseHeaders().values().get(name);
            if (values == null || values.isEmpty()) {
                if (header.required() || (name.equals(RETRY_AFTER) && exchange.status() == 429)) {
                    sink.add(sink.start(FindingKeys.RESPONSE_HEADER_MISSING).pointer(ParameterCheck.pointer(header))
                            .schemaLocation(contract.name() + "#" + header.schemaPointer())
                            .expected("present").actual("absent")
                            .variant(header.required() ? null : "httpExpects", "status", exchange.status(), "name", header.name()));
                }
                continue;
            }
            String value = values.get(0).trim();
            if (name.equals(RETRY_AFTER) && isHttpDate(value)) {
                continue;
            }
            if (LINKS.contains(name) && !isFollowable(value)) {
                sink.add(sink.start(FindingKeys.RESPONSE_HEADER_FORMAT).pointer(ParameterCheck.pointer(header))
                        .schemaLocation(contract.name() + "#" + header.schemaPointer())
                        .expected("an absolute URL or an absolute path").actual(ParameterCheck.shown(value))
                        .variant("link", "name", header.name()));
                continue;
            }
            ParameterCheck.checkValue(contract, header, List.of(value), "response.header", false, sink);
        }
    }

    private static boolean isHttpDate(String value) {
        try {
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(value);
            return value.endsWith("GMT");
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isFollowable(String value) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute()) {
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            }
            return uri.getRawPath() != null && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
