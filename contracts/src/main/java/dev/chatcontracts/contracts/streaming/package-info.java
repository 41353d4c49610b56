/**
 * Streaming JSON Schema validation: a chat list of any length is checked in one pass over its tokens,
 * with networknt's verdicts and constant memory.
 *
 * <h2>Design</h2>
 *
 * <p>{@link dev.chatcontracts.contracts.streaming.StreamingSchema#compile} turns a 2020-12 document into a
 * graph of immutable schema nodes (rules grouped by what they apply to: any value, objects, arrays, and
 * subschemas applied in place). The validator walks the parser depth first. At each value it holds one
 * <em>evaluation</em> per distinct schema that applies there: the schemas its parents' {@code properties},
 * {@code additionalProperties} or {@code items} map it to, plus, recursively, their in-place subschemas
 * ({@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}).
 * An object evaluation records the names it has seen, for {@code required}; an evaluation's violations
 * travel up to its parents when its value ends, where the compositions decide which ones count. Values
 * that need no decision (scalars, and containers under a single schema without in-place subschemas or
 * required names) get no evaluation object: their violations go straight to the enclosing one.
 *
 * <h2>Compositions on objects: parallel branches, decided as early as possible</h2>
 *
 * <p>A composition's branches are evaluated side by side as the tokens arrive (no buffering, no second
 * pass), with three measures that keep the cost near a single evaluation on the converter's schemas:
 * <ul>
 *   <li>one evaluation per schema and value: the discriminator chain
 *       {@code if type=chat then Chat else if type=offline_msg then OfflineMessage else anyOf[Chat, OfflineMessage]}
 *       evaluates {@code Chat} and {@code OfflineMessage} once each, however many branches name them;</li>
 *   <li>early decisions: an {@code if} condition that can no longer fail (its required names and
 *       declared properties seen, nothing else to check) or that already failed decides the {@code if}
 *       at once, and the branch not taken, with everything only it needed, stops receiving tokens. The
 *       discriminator's {@code type} or List Chats' {@code chats} marker decide their chain the moment
 *       they are read, wherever they sit in the object;</li>
 *   <li>verdict-only evaluations: an {@code if} condition or a {@code not}'s subschema only records that
 *       it failed, without building violations nobody reports.</li>
 * </ul>
 * A caller that can read a document twice may ask for guesses ({@code StreamingValidator.validateGuessing}): an
 * {@code if} whose condition decided alike the last two times (the hint is kept in its {@code Applicators}, shared
 * by every thread, a hint only) evaluates only the branch it took then. When the condition decides otherwise, the
 * walk stops ({@code GuessMissed}) and the caller walks the document again without guessing; when it holds, the
 * violations are those of the walk that does not guess (compared in every networknt cross-check). For a capture
 * of chats, this spares the offline-message branch of every chat, evaluated until {@code type}, which comes last.
 * The alternative, buffering the object under a composition (a token buffer per chat, replayed into the
 * chosen branch), was rejected: the live API sorts keys, so {@code type} comes after {@code history} and
 * nearly every token of every chat would be copied and replayed; and the root of a List Chats answer is
 * itself under an {@code if} (chats or docs), so the whole document would have been buffered. Measured
 * informally on a 20 MB generated chat list (6,600 chats of 12 messages, thread CPU time, best of 25):
 * tokenizing alone 0.5x {@code readTree}, streaming validation with {@code Chat} as the item schema 1.2x,
 * with the discriminator chain 1.35-1.5x; networknt on the tree 2.9-3.5x. Speed is measured properly in
 * the benchmarks module, not here.
 *
 * <h2>Asking only whether a document passes</h2>
 *
 * <p>Most captured bodies pass. {@code StreamingValidator.certainlyPasses} asks only that, with a walk that keeps no
 * evaluation, target list or pointer: one schema per value, pulled depth first (type, enum, const, the string and
 * number rules, {@code properties}, {@code required}, {@code additionalProperties}, {@code items} and their counts),
 * and the converter's discriminator and marker chains taken as their conditions decided lately, each condition on the
 * way checked on its property. At the first value that fails, at any other in-place subschema, at an object of more
 * than 64 names or at broken JSON it says it cannot tell, and the caller validates the document again with the walk
 * above, which finds what there is. It says "passes" only where that walk finds nothing: every networknt cross-check
 * asks it too. The engine asks it first for the bodies of a plan that guesses, and pauses after a body it could not
 * tell (twelfth pass in the benchmarks README: the 10,000-exchange session in 0.72x the time).
 *
 * <p>Asked through {@code certainlyPasses(parser, follower)}, it reads the parser itself, with no watching parser in
 * between: it checks each object's names (the bit of each declared name, a set of the others; a name repeated and it
 * cannot tell) and tells a {@link dev.chatcontracts.contracts.streaming.ValueFollower} of each member and of each item
 * that is a container, skipped values included, so that another reader shares the pass at a call per member instead of
 * a call per token. The engine's field walk follows it so ({@code walkers.FollowedFieldWalk}; thirteenth pass).
 *
 * <h2>Memory</h2>
 *
 * <p>What is kept: the evaluations of the values currently open (the path from the root to the current
 * token, times the schemas applied there) and the violations found. No value is kept, except one whose
 * {@code enum} or {@code const} lists objects or arrays (read whole to compare; none in the bundled specs).
 * Violations are held until the enclosing compositions decide, and all of them are returned: a document
 * with millions of violations needs memory for them.
 *
 * <h2>Agreement with networknt</h2>
 *
 * <p>networknt 2.0.8 (2020-12, format assertions on, as {@code ExampleValidator} configures it) is the
 * reference: same failing values, leaf keywords and schema locations, same verdict. Numbers are read as
 * the tree node {@code ObjectMapper.readTree} would create holds them ({@code 1.0} is an integer);
 * {@code minimum}/{@code maximum} compare exactly, {@code multipleOf} goes through the number's
 * {@code double} as networknt does; string lengths count code points; patterns are compiled by networknt's
 * regular-expression factory and match anywhere; {@code date-time} and {@code uri} are checked natively
 * (the usual date-time shape without allocation, anything else confirmed by networknt), other formats by
 * networknt itself; {@code items: false} is one {@code items} violation at the array;
 * {@code additionalProperties: false} one per extra name, at the object. Composition keywords are
 * reported as networknt reports them ({@code oneOf} adds its own violation; {@code anyOf}, {@code allOf},
 * {@code if} do not), though callers are advised to compare leaf keywords only.
 *
 * <p>Known differences: a key repeated in one object is validated at each occurrence, where the tree keeps
 * only the last (and a discriminator decides on the first); {@code minProperties}/{@code maxProperties}
 * count repeated keys; a number too large for a double ({@code 1e400}) is not compared by the number
 * keywords.
 */
package dev.chatcontracts.contracts.streaming;
