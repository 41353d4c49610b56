package dev.chatcontracts.harness.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.harness.ContractHttp;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Makes the {@code ApiClient} that the Maven plugin generated in the user's own build, in any
 * package, on a test's {@link ContractHttp}. A type qualifies when it is a public class named
 * {@code ApiClient} with a public {@code (HttpClient.Builder, ObjectMapper, String)} constructor, a
 * public static {@code createDefaultObjectMapper()} and a public {@code setRequestInterceptor(Consumer)}.
 * The last segment of its package names the API, as the plugin writes it ({@code <basePackage>.<spec>}):
 * one containing {@code salesiq} is Zoho SalesIQ, one containing {@code zendesk} Zendesk Chat.
 */
final class GeneratedApiClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Which API a generated client is for. */
    enum Api {
        ZENDESK_CHAT, ZOHO_SALESIQ
    }

    private GeneratedApiClients() {
    }

    /** Whether {@code type} has the shape of a generated {@code ApiClient}. */
    static boolean isGeneratedApiClient(Class<?> type) {
        return type.getSimpleName().equals("ApiClient") && Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())
                && constructor(type).isPresent() && objectMapperFactory(type).isPresent() && interceptorSetter(type).isPresent();
    }

    /** The API a generated client's package names, if it names one. */
    static Optional<Api> api(Class<?> type) {
        String name = type.getPackageName();
        String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (last.contains("salesiq")) {
            return Optional.of(Api.ZOHO_SALESIQ);
        }
        if (last.contains("zendesk")) {
            return Optional.of(Api.ZENDESK_CHAT);
        }
        return Optional.empty();
    }

    /** A new client of {@code type} on {@code http}: recording, on the target's base URL, authenticated. */
    static Object create(Class<?> type, ContractHttp http) {
        Api api = api(type).orElseThrow(() -> new ParameterResolutionException("cannot tell which API " + type.getName()
                + " is for (its package's last segment names neither zendesk nor salesiq): take a ContractHttp and build it with"
                + " new ApiClient(http.recordingHttpClientBuilder(), ApiClient.createDefaultObjectMapper(), baseUrl)"));
        URI base = api == Api.ZENDESK_CHAT ? http.zendeskBaseUrl()
                : http.salesIqBaseUrl().orElseThrow(() -> new ParameterResolutionException("the target has no SalesIQ base URL"));
        Consumer<?> authentication = api == Api.ZENDESK_CHAT ? http.zendeskAuthentication() : http.zohoAuthentication();
        try {
            Object mapper = objectMapperFactory(type).orElseThrow().invoke(null);
            Object client = constructor(type).orElseThrow()
                    .newInstance(http.recordingHttpClientBuilder().connectTimeout(CONNECT_TIMEOUT), mapper, base.toString());
            interceptorSetter(type).orElseThrow().invoke(client, authentication);
            return client;
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException("cannot create " + type.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("cannot create " + type.getName() + ": " + e, e);
        }
    }

    private static Optional<Constructor<?>> constructor(Class<?> type) {
        try {
            return Optional.of(type.getConstructor(HttpClient.Builder.class, ObjectMapper.class, String.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Optional<Method> objectMapperFactory(Class<?> type) {
        try {
            Method method = type.getMethod("createDefaultObjectMapper");
            return Modifier.isStatic(method.getModifiers()) && ObjectMapper.class.isAssignableFrom(method.getReturnType())
                    ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Optional<Method> interceptorSetter(Class<?> type) {
        try {
            return Optional.of(type.getMethod("setRequestInterceptor", Consumer.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
