package org.parallax.io.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses QDA-XML with everything external off: a document type declaration is refused outright (REFI-QDA files
 * have none; it is how XXE and entity-expansion attacks begin), external entities, external DTDs and XInclude are
 * off, and the JDK's secure-processing limits apply. Elements may nest at most {@value #MAX_DEPTH} levels deep
 * (a QDA-XML code tree is a few levels; thousands overflowed the importer's stack). Errors name the file, line and
 * column.
 */
final class SecureXml {
    static final int MAX_DEPTH = 200;
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SecureXml() {
    }

    /** The parser writes some names as its own record ("prefix=..,localpart=..,rawname=.."); a user knows them by name. */
    private static final Pattern PARSER_QNAME = Pattern.compile("\"prefix=\"[^\"]*\",localpart=\"[^\"]*\",rawname=\"([^\"]*)\"\"");

    private static String plainNames(String message) {
        return message == null ? null : PARSER_QNAME.matcher(message).replaceAll("\"$1\"");
    }

    static Document parse(byte[] xml, String name) throws ImportError {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_DEPTH_PROPERTY, Integer.toString(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no messages on stderr; errors still throw
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException bad) {
            String message = bad.getMessage();
            String where = name + ":" + bad.getLineNumber() + ":" + bad.getColumnNumber() + ": ";
            if (message != null && message.contains("maxElementDepth")) {
                throw new ImportError(where + "elements nested deeper than " + MAX_DEPTH + " levels; refused");
            }
            if (message != null && message.contains("DOCTYPE")) {
                message = "it declares a DOCTYPE (a DTD, which can define external entities); refused";
            }
            throw new ImportError(where + "not well-formed XML: " + plainNames(message));
        } catch (SAXException bad) {
            throw new ImportError(name + ": not readable XML: " + bad.getMessage());
        } catch (IOException | ParserConfigurationException cannot) {
            throw new ImportError(name + ": cannot parse: " + cannot.getMessage());
        }
    }
}
