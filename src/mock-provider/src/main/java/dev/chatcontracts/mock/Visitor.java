package dev.chatcontracts.mock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A visitor as the Visitors API returns it (field order of the docs).
 *
 * @param banned     whether the visitor is banned
 * @param created    ISO-8601 creation time (writable: discrepancy D9)
 * @param email      e-mail address
 * @param externalId external id (read-only)
 * @param id         the id: a string {@code <account id>.<token>} (the docs say integer: discrepancy D5)
 * @param name       display name
 * @param notes      notes (read-only, yet the documented create example sends them: D8)
 * @param phone      phone number
 */
@JsonPropertyOrder({"banned", "created", "email", "external_id", "id", "name", "notes", "phone"})
record Visitor(boolean banned, String created, String email, String externalId, String id, String name,
               String notes, String phone) {

    Visitor withChanges(boolean newBanned, String newEmail, String newName, String newNotes, String newPhone) {
        return new Visitor(newBanned, created, newEmail, externalId, id, newName, newNotes, newPhone);
    }
}
