package org.example.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatcontracts.schemas.ChatApiSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer validates bodies with the generated facade, schemas read from its own classpath. */
class GeneratedSchemasTest {

    @Test
    void aVisitorWithAnIntegerIdBreaksTheResponseSchema() {
        List<ChatApiSchemas.SchemaViolation> violations = ChatApiSchemas.validateResponse("showVisitor", 200, "{\"id\": 1, \"name\": \"V\"}");

        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/id", violations.get(0).pointer());
    }

    @Test
    void aRequestMayNotCarryAReadOnlyField() {
        assertEquals("/id", ChatApiSchemas.validateRequest("createAgent", "{\"id\": 5, \"email\": \"a@b.c\", \"password\": \"x\"}").get(0).pointer());
        assertTrue(ChatApiSchemas.validateRequest("createAgent", "{\"email\": \"a@b.c\", \"password\": \"x\"}").isEmpty());
    }
}
