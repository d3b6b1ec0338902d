package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an import takes from a QDA-XML document (a project or a codebook), read from the DOM into plain records.
 * GUIDs are normalised ({@link RefiQda#normalGuid}); element names are matched by local name within a
 * {@code urn:QDA-XML:} namespace, whatever its version suffix.
 */
record RefiProject(String name, String origin, boolean codebookOnly, List<Code> codes, List<TextSource> sources,
                   Map<String, String> variables, List<Case> cases, Map<String, Note> notes,
                   List<String> projectNoteRefs, List<String> otherSources) {

    record Code(String guid, String name, String description, List<Code> children) {
    }

    record TextSource(String guid, String name, String description, String plainTextPath, String content,
                      String richTextPath, List<Selection> selections, Map<String, String> variableValues) {
    }

    record Selection(String guid, String name, long start, long end, String description, List<String> codeRefs,
                     List<String> noteRefs) {
    }

    record Case(String guid, String name, List<String> selectionRefs) {
    }

    record Note(String guid, String name, String content) {
    }

    static RefiProject read(Document document, String fileName) throws ImportError {
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        String local = root.getLocalName();
        boolean project = "Project".equals(local) && ns != null && ns.startsWith("urn:QDA-XML:project:");
        boolean codebook = "CodeBook".equals(local) && ns != null && ns.startsWith("urn:QDA-XML:codebook:");
        if (!project && !codebook) {
            throw new ImportError(fileName + " is not REFI-QDA: its root element is <" + root.getNodeName() + ">"
                    + (ns == null ? " without a namespace" : " in namespace " + ns)
                    + ", not <Project> in urn:QDA-XML:project:1.0 or <CodeBook> in urn:QDA-XML:codebook:1.0");
        }
        List<Code> codes = new ArrayList<>();
        Element codesElement = codebook ? child(root, "Codes") : child(child(root, "CodeBook"), "Codes");
        for (Element code : children(codesElement, "Code")) {
            codes.add(code(code));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Element variable : children(child(root, "Variables"), "Variable")) {
            variables.put(RefiQda.normalGuid(variable.getAttribute("guid")), variable.getAttribute("name"));
        }
        List<Case> cases = new ArrayList<>();
        for (Element element : children(child(root, "Cases"), "Case")) {
            List<String> refs = new ArrayList<>();
            for (Element ref : children(element, "SelectionRef")) {
                refs.add(RefiQda.normalGuid(ref.getAttribute("targetGUID")));
            }
            cases.add(new Case(RefiQda.normalGuid(element.getAttribute("guid")), element.getAttribute("name"), refs));
        }
        List<TextSource> sources = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Element sourcesElement = child(root, "Sources");
        if (sourcesElement != null) {
            for (Node node = sourcesElement.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    if ("TextSource".equals(element.getLocalName())) {
                        sources.add(textSource(element));
                    } else {
                        others.add(element.getLocalName() + " " + element.getAttribute("name") + " ("
                                + element.getAttribute("guid") + ")");
                    }
                }
            }
        }
        Map<String, Note> notes = new LinkedHashMap<>();
        for (Element note : children(child(root, "Notes"), "Note")) {
            String guid = RefiQda.normalGuid(note.getAttribute("guid"));
            notes.put(guid, new Note(guid, note.getAttribute("name"), text(child(note, "PlainTextContent"))));
        }
        List<String> projectNotes = new ArrayList<>();
        for (Element ref : children(root, "NoteRef")) {
            projectNotes.add(RefiQda.normalGuid(ref.getAttribute("targetGUID")));
        }
        String name = codebook ? "" : root.getAttribute("name");
        return new RefiProject(name, root.getAttribute("origin"), codebook, codes, sources, variables, cases,
                notes, projectNotes, others);
    }

    private static Code code(Element element) {
        List<Code> children = new ArrayList<>();
        for (Element child : children(element, "Code")) {
            children.add(code(child));
        }
        return new Code(RefiQda.normalGuid(element.getAttribute("guid")), element.getAttribute("name"),
                text(child(element, "Description")), children);
    }

    private static TextSource textSource(Element element) {
        List<Selection> selections = new ArrayList<>();
        for (Element selection : children(element, "PlainTextSelection")) {
            List<String> codeRefs = new ArrayList<>();
            for (Element coding : children(selection, "Coding")) {
                Element ref = child(coding, "CodeRef");
                if (ref != null) {
                    codeRefs.add(RefiQda.normalGuid(ref.getAttribute("targetGUID")));
                }
            }
            List<String> noteRefs = new ArrayList<>();
            for (Element ref : children(selection, "NoteRef")) {
                noteRefs.add(RefiQda.normalGuid(ref.getAttribute("targetGUID")));
            }
            selections.add(new Selection(RefiQda.normalGuid(selection.getAttribute("guid")),
                    selection.getAttribute("name"), number(selection.getAttribute("startPosition")),
                    number(selection.getAttribute("endPosition")), text(child(selection, "Description")),
                    codeRefs, noteRefs));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element value : children(element, "VariableValue")) {
            Element ref = child(value, "VariableRef");
            for (Node node = value.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (ref != null && node instanceof Element typed && typed.getLocalName().endsWith("Value")) {
                    values.put(RefiQda.normalGuid(ref.getAttribute("targetGUID")), typed.getTextContent().trim());
                }
            }
        }
        Element content = child(element, "PlainTextContent");
        return new TextSource(RefiQda.normalGuid(element.getAttribute("guid")), element.getAttribute("name"),
                text(child(element, "Description")), attribute(element, "plainTextPath"),
                content == null ? null : content.getTextContent(), attribute(element, "richTextPath"),
                selections, values);
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
