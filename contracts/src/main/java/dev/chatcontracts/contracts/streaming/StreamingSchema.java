package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON Schema 2020-12 document compiled for {@link StreamingValidator}: thread-safe, meant to be compiled once
 * and reused; immutable but for what {@link StreamingValidator#validateGuessing} goes by (hints that never change a
 * verdict).
 *
 * <p>Supported: the documents {@code JsonSchemaConverter} produces and what they may contain. {@code $schema}
 * (2020-12 only, at the root), {@code $defs}, local {@code $ref}s ({@code #} and JSON pointers), {@code type}
 * (a name or an array of names), {@code enum}, {@code const}, {@code properties} (boolean schemas included),
 * {@code required}, {@code additionalProperties}, {@code minProperties}, {@code maxProperties},
 * {@code items}, {@code minItems}, {@code maxItems}, {@code minLength}, {@code maxLength}, {@code pattern},
 * {@code format}, {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum},
 * {@code multipleOf}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else};
 * the annotations {@code title}, {@code description}, {@code examples}, {@code default}, {@code deprecated},
 * {@code readOnly}, {@code writeOnly}, {@code $comment} and {@code x-*} are ignored.
 *
 * <p>Anything else ({@code uniqueItems}, which needs the whole array, {@code prefixItems},
 * {@code patternProperties}, {@code unevaluated*}, {@code $id}, anchors, remote references, other dialects,
 * unknown keywords) is rejected by {@link #compile} rather than ignored.
 */
public final class StreamingSchema {

    private final SchemaNode root;

    private StreamingSchema(SchemaNode root) {
        this.root = root;
    }

    /**
     * Compiles a schema document, such as {@code JsonSchemaConverter.document(...)} or
     * {@code component(...)} produce.
     *
     * @throws IllegalArgumentException naming the keyword and its schema location, for anything the
     *     streaming validator does not implement or a malformed keyword
     */
    public static StreamingSchema compile(JsonNode jsonSchema2020) {
        return new StreamingSchema(SchemaCompiler.compileDocument(jsonSchema2020));
    }

    SchemaNode root() {
        return root;
    }
}
