package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;

/**
 * Imports of hand-made REFI-QDA projects written the way MAXQDA, ATLAS.ti and QualCoder write them (their
 * habits are listed in docs/exchange.md): GUID case and braces, {@code Sources/} vs {@code sources/}, a byte order
 * mark, CRLF counted as one or two, UTF-16 units, names cut with "...", categories, memos, cases.
 */
class ToolStyleImportTest {
    @TempDir
    Path dir;

    private ImportResult importTool(String tool) throws Exception {
        return new RefiImporter().importFile(Archives.fromResource(tool, dir.resolve(tool + ".qdpx")));
    }

    private static Point point(Model model, String title) {
        return model.points().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private static String onlyQuote(Point point) {
        assertThat(point.framings()).hasSize(1);
        assertThat(point.framings().get(0).quotes()).hasSize(1);
        return point.framings().get(0).quotes().get(0).text();
    }

    @Test
    void maxqdaProject() throws Exception {
        ImportResult result = importTool("maxqda");
        Model model = result.model();
        assertThat(model.title()).isEqualTo("Working conditions study");
        assertThat(model.themes()).extracting(t -> t.label()).containsExactly("Working conditions", "Ungrouped codes");
        assertThat(model.points()).extracting(Point::title).containsExactly("Pay", "Pay › Overtime pay", "Hours",
                "Quotes to check", "Working conditions (general)");
        // the emoji before "overtime" counts two UTF-16 units in this file; the names confirm it
        assertThat(result.notices()).singleElement().asString().contains("UTF-16 units");
        assertThat(onlyQuote(point(model, "Hours"))).isEqualTo("Long 😩 hours");
        assertThat(onlyQuote(point(model, "Pay › Overtime pay"))).isEqualTo("overtime is unpaid");
        assertThat(onlyQuote(point(model, "Pay"))).isEqualTo("Pay is fair for juniors");
        assertThat(onlyQuote(point(model, "Quotes to check"))).isEqualTo("Interviewer: How are the hours?");
        assertThat(onlyQuote(point(model, "Working conditions (general)"))).isEqualTo("the hours");
        Source interview = model.sources().get(0);
        assertThat(interview.title()).isEqualTo("Interview 1");
        assertThat(interview.author()).isEqualTo("R. Mendes");
        assertThat(result.problems()).hasSize(3);
        // problems name the GUIDs (written uppercase in the file, compared in any case)
        assertThat(result.problems()).anySatisfy(p -> assertThat(p)
                .contains("839172d1-c414-5256-b017-2b04dfbe656b").contains("coded with no code"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("5a94c98e-511a-5f96-a7db-30b97f0b3132")
                .contains("fd50ae77-5f02-5617-ac88-e986bafdfd6a").contains("is not in the codebook"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("Field notes").contains("outside the archive"));
        Model written = ImportChecks.writeAndValidate(result, dir);
        assertThat(written).isEqualTo(model);
        // the text keeps its byte order mark and CRLF line ends; offsets count code points after the mark
        Quote hours = point(model, "Hours").framings().get(0).quotes().get(0);
        assertThat(hours.start()).isEqualTo("Interviewer: How are the hours?\r\nRespondent: ".length());
    }

    @Test
    void atlasTiProjectCountsCrlfAsOneCharacter() throws Exception {
        ImportResult result = importTool("atlas");
        Model model = result.model();
        assertThat(model.themes()).extracting(t -> t.label()).containsExactly("Ungrouped codes");
        assertThat(result.notices()).singleElement().asString().contains("CRLF counted as one");
        assertThat(result.problems()).isEmpty();
        assertThat(onlyQuote(point(model, "Canteen"))).isEqualTo("The canteen closed in March.");
        Framing eating = point(model, "Eating at the desk").framings().get(0);
        assertThat(eating.quotes()).extracting(Quote::text).containsExactly("We eat at our desks now", "nobody likes");
        assertThat(point(model, "Morale").framings()).isEmpty();
        assertThat(model.sources()).extracting(Source::title).containsExactly("Focus group 2.txt");
    }

    @Test
    void qualCoderProjectWithCategoriesMemosAndCases() throws Exception {
        ImportResult result = importTool("qualcoder");
        Model model = result.model();
        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        assertThat(model.themes()).extracting(t -> t.label()).containsExactly("People", "Place");
        assertThat(model.themes().get(0).description()).isEqualTo("Who does the work");
        assertThat(onlyQuote(point(model, "Lab size"))).isEqualTo("我们的实验室很小");
        assertThat(onlyQuote(point(model, "Students"))).isEqualTo("Students are core contributors");
        // a selection's memo becomes its framing's note
        assertThat(point(model, "Students").framings().get(0).note()).isEqualTo("key quote");
        assertThat(onlyQuote(point(model, "Openness"))).isEqualTo("shares its data openly");
        assertThat(point(model, "Funding").framings()).isEmpty();
        assertThat(model.sides()).isEmpty(); // QualCoder's cases are participants, not sides
        Source source = model.sources().get(0);
        assertThat(source.language()).isEqualTo("zh");
        assertThat(source.published()).isEqualTo(java.time.LocalDate.of(2024, 1, 9));
        assertThat(source.file()).isEqualTo("lab-interview-txt.txt");
    }
}
