package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.findings.FindingSink;
import java.util.List;

/** The findings for the repeated members {@code DuplicateKeys} found in a body. */
final class DuplicateKeyFindings {

    private DuplicateKeyFindings() {
    }

    /** One {@code <direction>.body.duplicateKey} finding per repeated member, at its pointer. */
    static void report(String direction, List<String> pointers, FindingSink sink) {
        for (String pointer : pointers) {
            String name = com.fasterxml.jackson.core.JsonPointer.compile(pointer).last().getMatchingProperty();
            sink.add(sink.start(direction + ".body.duplicateKey").pointer(pointer)
                    .expected("each name once in an object")
                    .actual("'" + name + "' more than once")
                    .args("name", name));
        }
    }
}
