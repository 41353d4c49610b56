package dev.chatcontracts.contracts.streaming;

/**
 * A property name an object schema knows: declared in {@code properties}, listed in {@code required}, or
 * both.
 *
 * @param index the name's position among the schema's names, for per-object bookkeeping
 * @param name the property name
 * @param schema its schema from {@code properties}; {@code null} when it is only required
 * @param required whether {@code required} lists it
 * @param declared whether its schema can fail (declared, and not {@code true}/{@code {}})
 */
record PropertySlot(int index, String name, SchemaNode schema, boolean required, boolean declared) {
}
