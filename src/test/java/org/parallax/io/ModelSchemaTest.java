package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema shipped in the jar, its published copy in docs/, and the models it must accept or reject. */
class ModelSchemaTest {
    private static final String RESOURCE = "/org/parallax/io/model-schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ModelSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("schema on the classpath").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(Path model) throws IOException {
        return schema().validate(JSON.readTree(model.toFile()));
    }

    @Test
    void thePublishedCopyIsIdenticalToTheShippedOne() throws IOException {
        byte[] shipped;
        try (InputStream in = ModelSchemaTest.class.getResourceAsStream(RESOURCE)) {
            shipped = in.readAllBytes();
        }

        assertThat(Files.readAllBytes(Path.of("docs/model-schema.json"))).isEqualTo(shipped);
    }

    @Test
    void theSchemaDeclaresDraft2020_12() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs/model-schema.json").toFile());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSmallTestModelAndTheCorpusBaseValidate() throws IOException {
        assertThat(validate(ModelLoaderTest.SMALL)).isEmpty();
        assertThat(validate(Path.of("src/test/resources/models/bad-model-base.json"))).isEmpty();
    }

    @Test
    void everyBundledModelValidates() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            models = files.filter(file -> file.toString().endsWith(".json")).toList();
        }
        for (Path model : models) {
            assertThat(validate(model)).as(model.toString()).isEmpty();
        }
    }

    /** Bad models whose fault a schema can see (references and loops need the loader). */
    @ParameterizedTest
    @ValueSource(strings = {"04-unknown-field-did-you-mean.json", "06-wrong-type-title.json",
            "07-wrong-type-offset.json", "08-fractional-version.json", "09-missing-quote-text.json",
            "10-missing-title.json", "11-null-point-id.json", "19-bad-stance.json", "20-bad-source-kind.json",
            "21-id-not-a-slug.json", "23-negative-start.json", "25-empty-quote-text.json",
            "26-unsupported-version.json", "30-bad-sha256.json", "31-root-is-an-array.json",
            "32-empty-quote-list.json"})
    void rejectsWhatTheLoaderRejectsWhereASchemaCanSeeIt(String file) throws IOException {
        assertThat(validate(Path.of("src/test/resources/bad-models", file))).isNotEmpty();
    }
}
