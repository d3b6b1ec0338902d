package org.parallax.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

class MarkdownAndClipboardTest {
    private static Model markup() {
        return new Model(1, "R&D *notes*", List.of(new Side("x", "X <side>")), List.of(new Theme("t", "T_1", null)),
                List.of(new Source("s", "Q&A [weekly]", "O'Brien", null, SourceKind.ORIGINAL, null, null, null, null,
                        null, null)),
                List.of(new Point("p", "t", "#1 point", Map.of(), List.of(new Framing("s", null, null, null, null,
                        List.of(new Quote("*bold* and <b>tag</b> & [link](x)\n- item\n2020. Year\n\n  = line", 0, 5,
                                        "x"),
                                new Quote("no side", 6, 13, null)))))));
    }

    @Test
    void markdownEscapesWhatWouldRenderAsMarkup() throws IOException {
        Model model = markup();
        StringWriter out = new StringWriter();
        new MarkdownExporter().write(model, QuoteCatalog.of(model).rows(), out);
        assertThat(out.toString()).isEqualTo("""
                # R\\&D \\*notes\\*

                ## T\\_1

                ### \\#1 point

                > \\*bold\\* and \\<b\\>tag\\</b\\> \\& \\[link\\](x)
                > \\- item
                > 2020\\. Year
                >
                > \\= line

                — *Q\\&A \\[weekly\\]*, O'Brien; point: \\#1 point; side: X \\<side\\>

                > no side

                — *Q\\&A \\[weekly\\]*, O'Brien; point: \\#1 point
                """);
    }

    @Test
    void clipboardPlainTextCarriesEachCitation() {
        Model model = SyntheticModels.small();
        var rows = QuoteCatalog.of(model).rows();
        assertThat(ClipboardFormats.plainText(model, List.of(rows.get(5), rows.get(2)))).isEqualTo("""
                “Ruritania's government funds compute generously, according to officials.”
                — Gamma Digest, Gamma; point: The state funds compute; side: Ruritania

                “In Freedonia, labs buy their data from vendors and rarely build tools in-house.”
                — Alpha Weekly on the chip race, A. Writer, Alpha Weekly; point: Buying data versus building tools; side: Freedonia
                """);
    }

    @Test
    void clipboardHtmlIsABlockquoteWithACite() {
        Model model = markup();
        assertThat(ClipboardFormats.html(model, QuoteCatalog.of(model).rows().subList(1, 2))).isEqualTo(
                "<blockquote><p>no side</p><footer>— <cite>Q&amp;A [weekly]</cite>, O&#39;Brien; point: #1 point"
                        + "</footer></blockquote>\n");
        assertThat(ClipboardFormats.html(model, QuoteCatalog.of(model).rows().subList(0, 1)))
                .startsWith("<blockquote><p>*bold* and &lt;b&gt;tag&lt;/b&gt; &amp; [link](x)<br>- item<br>")
                .endsWith("; side: X &lt;side&gt;</footer></blockquote>\n");
    }
}
