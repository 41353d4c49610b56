package dev.chatcontracts.harness.suite;

import java.util.Objects;

/** Assertions the suite makes on what it reads back. */
final class Checks {

    private Checks() {
    }

    /** A value written and read back differs: {@code suite.roundtrip.notApplied}. */
    static void readBack(SuiteContext context, String operationId, String pointer, Object written, Object read) {
        if (!Objects.equals(String.valueOf(written), String.valueOf(read))) {
            context.fail("suite.roundtrip.notApplied", operationId, pointer, String.valueOf(written), String.valueOf(read),
                    "the value written with " + operationId + " is not the one read back");
        }
    }

    /** A documented error answered with another status: {@code suite.error.unexpectedStatus}. */
    static void status(SuiteContext context, String operationId, String what, int expected, int actual) {
        if (expected != actual) {
            context.fail("suite.error.unexpectedStatus", operationId, null, String.valueOf(expected), String.valueOf(actual),
                    what + " should answer " + expected + " as documented");
        }
    }
}
