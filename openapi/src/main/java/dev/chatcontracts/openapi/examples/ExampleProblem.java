package dev.chatcontracts.openapi.examples;

/**
 * Where an example breaks its schema.
 *
 * @param pointer the JSON pointer into the example's value
 * @param keyword the JSON Schema keyword that failed ({@code type}, {@code false}, {@code format}, ...)
 * @param schemaLocation where in the converted schema
 * @param message the validator's message
 */
public record ExampleProblem(String pointer, String keyword, String schemaLocation, String message) {
}
