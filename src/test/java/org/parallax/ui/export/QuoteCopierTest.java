package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.model.Model;

class QuoteCopierTest {
    @Test
    void copiesPlainTextAndHtmlTogether() {
        Model model = SyntheticModels.small();
        List<QuoteRow> rows = QuoteCatalog.of(model).rows();
        List<String[]> puts = new ArrayList<>();
        QuoteCopier copier = new QuoteCopier((plain, html) -> puts.add(new String[] {plain, html}));

        assertThat(copier.copy(model, List.of(rows.get(2)))).isEqualTo(1);
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0)[0]).isEqualTo("“Ruritania's government funds compute generously, according to"
                + " officials.”\n— Gamma Digest, Gamma; point: The state funds compute; side: Ruritania\n");
        assertThat(puts.get(0)[1]).isEqualTo("<blockquote><p>Ruritania&#39;s government funds compute generously,"
                + " according to officials.</p><footer>— <cite>Gamma Digest</cite>, Gamma; point: The state funds"
                + " compute; side: Ruritania</footer></blockquote>\n");

        assertThat(copier.copy(model, List.of())).isZero();
        assertThat(puts).hasSize(1); // nothing selected: the clipboard keeps what it had
    }
}
