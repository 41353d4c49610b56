package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.provider.VerificationFailureType;
import dev.chatcontracts.check.verify.InteractionOutcome.Detail;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pact JVM's verification failures as short details: the mismatch without Pact's diff, body paths as JSON pointers. */
final class Mismatches {

    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\['((?:[^'\\\\]|\\\\.)*)']|\\[(\\d+|\\*)]");

    private Mismatches() {
    }

    static Detail detail(Object failure) {
        if (failure instanceof VerificationFailureType.MismatchFailure mismatchFailure) {
            Mismatch mismatch = mismatchFailure.getMismatch();
            if (mismatch instanceof BodyMismatch body) {
                return new Detail(pointer(body.getPath()), "body " + body.getPath() + ": " + strip(body.getMismatch()));
            }
            return Detail.of(strip(mismatch.description()));
        }
        if (failure instanceof VerificationFailureType type) {
            return Detail.of(strip(type.description()));
        }
        return Detail.of(strip(String.valueOf(failure)));
    }

    /** {@code $.chats[0]['visitor.name']} as {@code /chats/0/visitor.name}; null when it is not such a path. */
    static String pointer(String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        StringBuilder pointer = new StringBuilder();
        Matcher matcher = SEGMENT.matcher(path);
        int end = 1;
        while (matcher.find(end) && matcher.start() == end) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null
                    ? matcher.group(2).replace("\\'", "'").replace("\\\\", "\\") : matcher.group(3);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            end = matcher.end();
        }
        return end == path.length() ? pointer.toString() : null;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
