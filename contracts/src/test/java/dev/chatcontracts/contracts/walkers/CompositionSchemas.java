package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The synthetic spec the walker tests walk beside the bundled ones: the compositions those lack. */
final class CompositionSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CompositionSchemas() {
    }

    /**
     * Compositions the bundled specs do not have: a discriminator without mapping, anyOf inside allOf,
     * members told apart by required names, properties two members declare with different schemas (or
     * one as a property, one as a map value), a oneOf of oneOfs, non-object members, array members, a
     * mapping to nowhere, additionalProperties true beside a oneOf, and a oneOf of too many members.
     */
    static JsonNode document() {
        ObjectNode document;
        try {
            document = (ObjectNode) JSON.readTree("""
                    {"openapi":"3.0.3","components":{"schemas":{
                     "Pet":{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"},
                                     {"$ref":"#/components/schemas/Lizard"}],
                            "discriminator":{"propertyName":"petType"}},
                     "Cat":{"type":"object","required":["petType","meow"],"properties":{"petType":{"type":"string"},
                            "meow":{"type":"boolean"},"owner":{"$ref":"#/components/schemas/Owner"},
                            "tags":{"type":"array","items":{"type":"object","properties":{"a":{"type":"string"}}}}}},
                     "Dog":{"type":"object","required":["bark"],"properties":{"petType":{"type":"string"},"bark":{"type":"string"},
                            "owner":{"type":"object","properties":{"name":{"type":"string"},"kennel":{"type":"string"}}},
                            "tags":{"type":"object","additionalProperties":{"type":"object","properties":{"b":{"type":"string"}}}}}},
                     "Lizard":{"type":"object","properties":{"petType":{"type":"string"},
                               "scales":{"type":"array","items":{"$ref":"#/components/schemas/Pet"}}},
                               "additionalProperties":{"type":"object","properties":{"c":{"type":"string"}}}},
                     "Owner":{"type":"object","properties":{"name":{"type":"string"},
                              "pets":{"type":"array","items":{"$ref":"#/components/schemas/Pet"}}}},
                     "Mixed":{"allOf":[{"$ref":"#/components/schemas/Base"},
                              {"anyOf":[{"$ref":"#/components/schemas/WithA"},{"$ref":"#/components/schemas/WithB"},{"type":"string"}]}]},
                     "Base":{"type":"object","properties":{"id":{"type":"string"},"meta":{"type":"object","additionalProperties":true}}},
                     "WithA":{"required":["a"],"properties":{"a":{"type":"object","properties":{"x":{"type":"integer"}}},
                              "shared":{"type":"object","properties":{"p":{"type":"string"}}}}},
                     "WithB":{"type":"object","required":["b"],"additionalProperties":false,"properties":{"b":{"type":"string"},
                              "shared":{"type":"object","properties":{"q":{"type":"string"}}}}},
                     "Nested":{"oneOf":[{"$ref":"#/components/schemas/Pet"},{"$ref":"#/components/schemas/Mixed"}]},
                     "Mapped":{"type":"object","properties":{"kind":{"type":"string"}},
                               "oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}],
                               "discriminator":{"propertyName":"kind","mapping":{"c":"#/components/schemas/Cat",
                                   "d":"#/components/schemas/Dog","z":"#/components/schemas/Nowhere"}}},
                     "Shapes":{"oneOf":[{"type":"string"},{"type":"array","items":{"$ref":"#/components/schemas/Pet"}},
                               {"type":"object","properties":{"z":{"type":"string"},"list":{"$ref":"#/components/schemas/Shapes"}}}]},
                     "Lists":{"anyOf":[{"type":"array","items":{"$ref":"#/components/schemas/Cat"}},
                              {"type":"array","items":{"$ref":"#/components/schemas/Dog"}}]},
                     "Open":{"type":"object","additionalProperties":true,
                             "oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Lizard"}]}}}}""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode members = ((ObjectNode) document.at("/components/schemas")).putObject("Many").putArray("oneOf");
        for (int k = 0; k < 10; k++) {
            ObjectNode member = members.addObject().put("type", "object");
            member.putArray("required").add("k" + k);
            ObjectNode properties = member.putObject("properties");
            properties.putObject("k" + k).put("type", "string");
            properties.putObject("common").put("type", "object").putObject("properties").putObject("v" + k).put("type", "string");
        }
        return document;
    }
}
