package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.parallax.model.Model;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExportTest {

    @Test
    void projectQdeIsValidAgainstTheRefiQdaSchema() throws Exception {
        assertThat(ExchangeFixtures.projectXsd()).exists();
        Map<String, byte[]> entries = unzip(ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(ExchangeFixtures.projectXsd().toFile());
        // throws SAXParseException naming line and column when invalid
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(entries.get("project.qde"))));
    }

    @Test
    void archiveHoldsTheProjectAndOneTextPerSourceWithAFile() throws Exception {
        Map<String, byte[]> entries = unzip(ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()));
        String alpha = RefiQda.guid("source", "alpha-weekly");
        String beta = RefiQda.guid("source", "beta-blog");
        assertThat(entries).containsOnlyKeys("project.qde", "sources/" + alpha + ".txt", "sources/" + beta + ".txt");
        assertThat(new String(entries.get("sources/" + alpha + ".txt"), StandardCharsets.UTF_8))
                .isEqualTo(ExchangeFixtures.ALPHA);
    }

    @Test
    void selectionsCountCodePointsAndAreCodedWithTheirPoint() throws Exception {
        Document qde = parse(unzip(ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()))
                .get("project.qde"));
        NodeList selections = qde.getElementsByTagNameNS(RefiQda.PROJECT_NS, "PlainTextSelection");
        assertThat(selections.getLength()).isEqualTo(4);
        Element chips = (Element) selections.item(0);
        // the emoji before the quote is one code point (two UTF-16 units): start 24, not 25
        assertThat(ExchangeFixtures.ALPHA.indexOf("labs train")).isEqualTo(25);
        assertThat(chips.getAttribute("startPosition")).isEqualTo("24");
        assertThat(chips.getAttribute("endPosition")).isEqualTo(Integer.toString(24 + "labs train on 50,000 chips".length()));
        assertThat(chips.getAttribute("name")).isEqualTo("labs train on 50,000 chips");
        Element codeRef = (Element) chips.getElementsByTagNameNS(RefiQda.PROJECT_NS, "CodeRef").item(0);
        assertThat(codeRef.getAttribute("targetGUID")).isEqualTo(RefiQda.guid("point", "chip-count"));
    }

    @Test
    void codebookNestsPointsUnderThemesWithColoursAndClaims() throws Exception {
        Document qde = parse(unzip(ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()))
                .get("project.qde"));
        Element codes = (Element) qde.getElementsByTagNameNS(RefiQda.PROJECT_NS, "Codes").item(0);
        NodeList themes = codes.getChildNodes();
        Element compute = null;
        for (int i = 0; i < themes.getLength(); i++) {
            if (themes.item(i) instanceof Element element && compute == null) {
                compute = element;
            }
        }
        assertThat(compute.getAttribute("name")).isEqualTo("Compute");
        assertThat(compute.getAttribute("isCodable")).isEqualTo("false");
        assertThat(compute.getAttribute("color")).matches("#[0-9A-F]{6}");
        NodeList points = compute.getElementsByTagNameNS(RefiQda.PROJECT_NS, "Code");
        assertThat(points.getLength()).isEqualTo(2);
        Element chipCount = (Element) points.item(0);
        assertThat(chipCount.getAttribute("name")).isEqualTo("How many chips labs train on");
        assertThat(chipCount.getAttribute("color")).isEqualTo(compute.getAttribute("color"));
        assertThat(chipCount.getElementsByTagNameNS(RefiQda.PROJECT_NS, "Description").item(0).getTextContent())
                .isEqualTo("Ruritania: Ruritanian labs train on tens of thousands of chips\n"
                        + "Elbonia: Elbonian labs have more");
    }

    @Test
    void framingsBecomeNotesAndSidesCasesAndKindsVariables() throws Exception {
        String qde = new String(unzip(ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts()))
                .get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).contains("Stance: constraint\nSpeaker: editor\nFrame: Behind, says the editor\nsecond line\n"
                + "Note: Overstates the attribution.\nStance: not a key");
        assertThat(qde).contains("<Case guid=\"" + RefiQda.guid("side", "ruritania") + "\" name=\"Ruritania\">");
        assertThat(qde).contains("<SelectionRef targetGUID=\"" + RefiQda.guid("quote", "chip-count", "alpha-weekly", "0") + "\"/>");
        assertThat(qde).contains("<Variable guid=\"" + RefiQda.guid("variable", "kind") + "\" name=\"kind\" typeOfVariable=\"Text\"/>");
        assertThat(qde).contains("<TextValue>translation</TextValue>");
        assertThat(qde).contains("<DateValue>2025-03-01</DateValue>");
        assertThat(qde).contains("name=\"Ruritania &amp; Elbonia &lt;compared&gt;\"");
    }

    @Test
    void exportsAreByteIdenticalSoGuidsAreStable() throws Exception {
        Model model = ExchangeFixtures.model();
        assertThat(ExchangeFixtures.qdpx(model, ExchangeFixtures.texts()))
                .isEqualTo(ExchangeFixtures.qdpx(model, ExchangeFixtures.texts()));
    }

    @Test
    void codebookAloneUsesTheCodebookNamespace() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxWriter.writeCodebook(ExchangeFixtures.model(), out);
        Document qdc = parse(out.toByteArray());
        assertThat(qdc.getDocumentElement().getNamespaceURI()).isEqualTo(RefiQda.CODEBOOK_NS);
        assertThat(qdc.getDocumentElement().getLocalName()).isEqualTo("CodeBook");
        assertThat(qdc.getElementsByTagNameNS(RefiQda.CODEBOOK_NS, "Code").getLength()).isEqualTo(6);
        assertThat(qdc.getElementsByTagNameNS(RefiQda.CODEBOOK_NS, "PlainTextSelection").getLength()).isZero();
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
