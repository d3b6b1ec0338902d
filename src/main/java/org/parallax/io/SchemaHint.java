package org.parallax.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The top-level {@code "$schema"} of a model file: a hint for editors that the model records do not carry, read
 * here so a command that rewrites the file ({@code locate --write}) can keep it (CONTRACTS.md).
 */
public final class SchemaHint {
    private static final JsonFactory JSON = new JsonFactory();

    private SchemaHint() {
    }

    /** The string value of the root object's {@code "$schema"}; empty when absent, not a string, or unreadable. */
    public static Optional<String> of(byte[] model) {
        try (JsonParser json = JSON.createParser(model)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals("$schema")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(json.getText()) : Optional.empty();
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
