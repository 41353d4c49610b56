package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import java.util.Objects;

/** Assertions the suite makes on what it reads back. */
final class Checks {

    private Checks() {
    }

    /** A value written and read back differs: {@code suite.roundtrip.notApplied}. */
    static void readBack(SuiteContext context, String operationId, String pointer, Object written, Object read) {
        if (!Objects.equals(String.valueOf(written), String.valueOf(read))) {
            context.fail(FindingKeys.SUITE_ROUNDTRIP_NOT_APPLIED, operationId, pointer, String.valueOf(written), String.valueOf(read),
                    "operationId", operationId);
        }
    }

    /** A documented error answered with another status: {@code suite.error.unexpectedStatus}. */
    static void status(SuiteContext context, String operationId, String what, int expected, int actual) {
        if (expected != actual) {
            context.fail(FindingKeys.SUITE_ERROR_UNEXPECTED_STATUS, operationId, null, String.valueOf(expected), String.valueOf(actual),
                    "what", what, "expected", expected);
        }
    }
}
