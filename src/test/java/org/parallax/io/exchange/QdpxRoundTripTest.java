package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Model;

class QdpxRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void parallaxToQdpxToParallaxGivesTheSameModel() throws Exception {
        Model original = ExchangeFixtures.model();
        Path qdpx = dir.resolve("project.qdpx");
        Files.write(qdpx, ExchangeFixtures.qdpx(original, ExchangeFixtures.texts()));

        ImportResult imported = new RefiImporter().importFile(qdpx);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.notices()).isEmpty();
        assertThat(imported.model()).isEqualTo(original);
        Model written = ImportChecks.writeAndValidate(imported, dir);
        assertThat(written).isEqualTo(original);
        assertThat(dir.resolve("sources/alpha.txt")).hasContent(ExchangeFixtures.ALPHA);
    }

    @Test
    void aPointNoSourceMakesComesBackWithoutFramings() throws Exception {
        Path qdpx = dir.resolve("p.qdpx");
        Files.write(qdpx, ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()));
        Model model = new RefiImporter().importFile(qdpx).model();
        assertThat(model.point("data-industry")).hasValueSatisfying(p -> assertThat(p.framings()).isEmpty());
    }

    @Test
    void theCodebookAloneImportsAsThemesAndPointsWithoutFramings() throws Exception {
        Path qdc = dir.resolve("codebook.qdc");
        try (var out = Files.newOutputStream(qdc)) {
            QdpxWriter.writeCodebook(ExchangeFixtures.model(), out);
        }
        ImportResult imported = new RefiImporter().importFile(qdc);
        Model model = imported.model();
        assertThat(model.themes()).extracting(t -> t.label()).containsExactly("Compute", "Talent");
        assertThat(model.points()).extracting(p -> p.title()).containsExactly("How many chips labs train on",
                "Months behind the frontier", "Students are core contributors", "A data industry");
        assertThat(model.points()).allSatisfy(p -> assertThat(p.framings()).isEmpty());
        assertThat(model.sources()).isEmpty();
        assertThat(model.title()).isEqualTo("codebook");
        ImportChecks.writeAndValidate(imported, dir);
    }
}
