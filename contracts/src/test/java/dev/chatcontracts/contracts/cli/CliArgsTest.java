package dev.chatcontracts.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option values read as their types ({@link CliArgs}); what cannot be read is a usage error naming the option. */
class CliArgsTest {

    private enum Version { V3, V4 }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an int|int|42|42",
        "a negative int|int|-3|-3",
        "a long|long|52428800|52428800",
        "a size in bytes|size|512|512",
        "a size in k|size|2k|2048",
        "a size in M|size|50M|52428800",
        "a size in g|size|1g|1073741824",
        "a constant|constant|V4|V4",
        "a constant in lower case|constant|v3|V3",
        "a path|path|reports/a.xml|reports/a.xml",
    })
    void aValueIsReadAsItsType(String what, String type, String text, String expected) {
        assertThat(String.valueOf(args("--value", text).value("value", type(type), null))).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not an int|int|ten|'ten' is not an int",
        "an int too large|int|3000000000|'3000000000' is not an int",
        "not a long|long|1.5|'1.5' is not a long",
        "not a size|size|ten|'ten' is not a size",
        "a size too large|size|9999999999g|'9999999999g' is not a size",
        "no such constant|constant|V5|expected one of [V3, V4] (case-insensitive) but was 'V5'",
        "not a path|path|a\u0000b|is not a path",
    })
    void aValueNotOfItsTypeIsAUsageErrorNamingTheOption(String what, String type, String text, String message) {
        assertThatThrownBy(() -> args("--value", text).value("value", type(type), null)).as(what)
                .isInstanceOf(CliUsageException.class)
                .hasMessageStartingWith("Invalid value for option '--value': ")
                .hasMessageContaining(message);
    }

    @Test
    void aMissingValueIsTheFallback() {
        assertThat(args().value("value", CliArgs::integer, 7)).isEqualTo(7);
        assertThat(args().string("value", "none")).isEqualTo("none");
        assertThat(args().strings("value")).isEmpty();
        assertThat(args().flag("flag")).isFalse();
        assertThat(args("--flag").flag("flag")).isTrue();
    }

    @Test
    void aSingleValuedOptionGivenTwiceIsAUsageError() {
        assertThatThrownBy(() -> args("--value", "1", "--value", "2").value("value", CliArgs::integer, 0))
                .isInstanceOf(CliUsageException.class).hasMessage("option '--value' should be given only once");
    }

    @Test
    void repeatedValuesKeepTheirOrderAndSplitAtTheSeparator() {
        CliArgs args = args("--value", "a,b", "--value", "c");

        assertThat(args.values("value", ",", CliArgs::path)).containsExactly(Path.of("a"), Path.of("b"), Path.of("c"));
        assertThat(args.values("value", null, Function.identity())).containsExactly("a,b", "c");
    }

    @Test
    void keyValuesAreReadInOrderAndALaterKeyWins() {
        Map<String, Long> limits = args("--value", "b=2", "--value", "a=1", "--value", "b=3").keyValues("value", CliArgs::longValue);

        assertThat(limits).containsExactly(Map.entry("b", 3L), Map.entry("a", 1L));
        assertThatThrownBy(() -> args("--value", "noEquals").keyValues("value", CliArgs::longValue))
                .isInstanceOf(CliUsageException.class).hasMessageContaining("KEY=VALUE format but was noEquals");
        assertThatThrownBy(() -> args("--value", "=1").keyValues("value", CliArgs::longValue))
                .isInstanceOf(CliUsageException.class).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> args("--value", "a=many").keyValues("value", CliArgs::longValue))
                .isInstanceOf(CliUsageException.class).hasMessageContaining("'many' is not a long");
    }

    @Test
    void theParametersArePathsAndAtLeastOneIsRequired() {
        assertThat(args("a.har", "folder").paths("FILE")).containsExactly(Path.of("a.har"), Path.of("folder"));
        assertThatThrownBy(() -> args("--flag").paths("FILE"))
                .isInstanceOf(CliUsageException.class).hasMessage("Missing required parameter: 'FILE'");
        assertThatThrownBy(() -> args("a\u0000b").paths("FILE")).isInstanceOf(CliUsageException.class)
                .hasMessageStartingWith("Invalid value for parameter 'FILE': 'a\u0000b' is not a path");
    }

    private static Function<String, ?> type(String name) {
        return switch (name) {
            case "int" -> CliArgs::integer;
            case "long" -> CliArgs::longValue;
            case "size" -> ByteSize::parse;
            case "constant" -> CliArgs.constantOf(Version.class);
            case "path" -> CliArgs::path;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static CliArgs args(String... args) {
        Options options = new Options()
                .addOption(Option.builder().longOpt("value").hasArg().get())
                .addOption(Option.builder().longOpt("flag").get());
        try {
            return new CliArgs(DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
