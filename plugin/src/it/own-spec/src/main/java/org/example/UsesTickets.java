package org.example;

import org.example.gen.apitickets.api.TicketsApi;
import org.example.gen.apitickets.model.Ticket;

/** Compiles only if the client of the consumer's own spec was generated into its own package. */
public class UsesTickets {
    public static Ticket draft() {
        return new Ticket().subject("Printer on fire");
    }

    public static Class<?> api() {
        return TicketsApi.class;
    }
}
