package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Which example the documented-examples mode serves, on small specs in both formats: the documentation's
 * verbatim example under {@code components/x-documented-examples/<name>} wins over the corrected copy under
 * {@code components/examples/<name>}; without it, {@code components/examples/<name>} is served.
 */
class DocumentedExamplesFormatTest {

    private static final String OPERATION = """
            openapi: 3.0.3
            paths:
              /things:
                get:
                  operationId: showThing
                  responses:
                    "200":
                      content:
                        application/json:
                          examples:
                            showThing:
                              $ref: "#/components/examples/showThingResponse"
                            other:
                              $ref: "#/components/examples/otherResponse"
            """;

    private static final String CORRECTED = """
            components:
              examples:
                showThingResponse:
                  value: {unread: false, next_url: null}
                otherResponse:
                  value: {other: true}
            """;

    @Test
    void theVerbatimDocumentationExampleWinsOverTheCorrectedCopy() {
        SpecDocument spec = SpecDocument.parse("test", OPERATION + CORRECTED + """
                  x-documented-examples:
                    showThingResponse:
                      x-violates: [{discrepancy: D3, pointer: /unread}]
                      value: {unread: 0, next_url: "null"}
                """);

        assertThat(DocumentedExamples.example(spec, "showThing", null).toString()).isEqualTo("{\"unread\":0,\"next_url\":\"null\"}");
        assertThat(DocumentedExamples.example(spec, "showThing", "other").toString()).isEqualTo("{\"other\":true}");
    }

    @Test
    void withoutAVerbatimCopyTheExampleItselfIsServed() {
        SpecDocument spec = SpecDocument.parse("test", OPERATION + CORRECTED);

        assertThat(DocumentedExamples.example(spec, "showThing", null).toString()).isEqualTo("{\"unread\":false,\"next_url\":null}");
    }

    @Test
    void aSingleExampleKeywordIsServedToo() {
        SpecDocument spec = SpecDocument.parse("test", """
                paths:
                  /things:
                    post:
                      operationId: createThing
                      responses:
                        "201":
                          content:
                            application/json:
                              example: {id: 7}
                """);

        assertThat(DocumentedExamples.example(spec, "createThing", null).toString()).isEqualTo("{\"id\":7}");
    }

    @Test
    void aMissingExampleOrOperationIsAClearError() {
        SpecDocument spec = SpecDocument.parse("test", OPERATION + CORRECTED);

        assertThatThrownBy(() -> DocumentedExamples.example(spec, "showThing", "nope")).hasMessageContaining("nope");
        assertThatThrownBy(() -> DocumentedExamples.example(spec, "deleteThing", null)).hasMessageContaining("deleteThing");
    }
}
