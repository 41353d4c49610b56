package dev.chatcontracts.contracts.cli;

/** What a terminal must never receive raw: C0 (newline and tab included), DEL, C1, U+2028/U+2029, bidi controls. */
final class ConsoleTextAccess {

    private ConsoleTextAccess() {
    }

    static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
