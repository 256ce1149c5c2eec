package se.tillit.arkiv.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.tillit.drift.Svensktid;

/**
 * One XML document of a package, built as a DOM and written as indented UTF-8: the escaping and the namespaces are the
 * parser's business, not ours. Values: a time in Swedish time with its offset (xs:dateTime, milliseconds), a date as
 * xs:date, an enum by its name; a null value writes nothing.
 */
final class Xml {

    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final Document dokument;
    private final String namnrymd;
    private final String prefix;
    private final Element rot;

    /**
     * @param prefix the namespace's prefix on every element, or null for the default namespace
     * @param andra further namespaces declared on the root, prefix to URI
     */
    Xml(String namnrymd, String prefix, String rotnamn, Map<String, String> andra) {
        try {
            DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
            fabrik.setNamespaceAware(true);
            this.dokument = fabrik.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        this.namnrymd = namnrymd;
        this.prefix = prefix;
        this.rot = dokument.createElementNS(namnrymd, namn(rotnamn));
        dokument.appendChild(rot);
        rot.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, prefix == null ? "xmlns" : "xmlns:" + prefix, namnrymd);
        andra.forEach((p, uri) -> rot.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + p, uri));
    }

    Element rot() {
        return rot;
    }

    /** A child element in the document's namespace. */
    Element el(Element foralder, String namn) {
        Element barn = dokument.createElementNS(namnrymd, namn(namn));
        foralder.appendChild(barn);
        return barn;
    }

    /** A child element holding a value; none when the value is null. */
    Element el(Element foralder, String namn, Object varde) {
        if (varde == null) {
            return null;
        }
        Element barn = el(foralder, namn);
        barn.setTextContent(text(varde));
        return barn;
    }

    /** An attribute without a namespace; none when the value is null. */
    Xml attr(Element element, String namn, Object varde) {
        if (varde != null) {
            element.setAttribute(namn, text(varde));
        }
        return this;
    }

    /** An attribute in a namespace, by its qualified name ({@code csip:OAISPACKAGETYPE}); none when the value is null. */
    Xml attr(Element element, String attributetsNamnrymd, String kvalificeratNamn, Object varde) {
        if (varde != null) {
            element.setAttributeNS(attributetsNamnrymd, kvalificeratNamn, text(varde));
        }
        return this;
    }

    byte[] bytes() {
        try {
            TransformerFactory fabrik = TransformerFactory.newInstance();
            fabrik.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabrik.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer skrivare = fabrik.newTransformer();
            skrivare.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            skrivare.setOutputProperty(OutputKeys.INDENT, "yes");
            skrivare.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // the declaration on a line of its own (the JDK's serializer puts the root element on the same line)
            skrivare.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            ut.writeBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            skrivare.transform(new DOMSource(dokument), new StreamResult(ut));
            return ut.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time as the package writes it: Swedish time with its offset, to the millisecond. */
    static String tid(OffsetDateTime tid) {
        return tid.atZoneSameInstant(Svensktid.ZON)
                .truncatedTo(ChronoUnit.MILLIS)
                .format(TID);
    }

    private String namn(String lokalt) {
        return prefix == null ? lokalt : prefix + ":" + lokalt;
    }

    private static String text(Object varde) {
        if (varde instanceof OffsetDateTime tid) {
            return tid(tid);
        }
        if (varde instanceof LocalDate dag) {
            return dag.toString();
        }
        if (varde instanceof Enum<?> uppraknat) {
            return uppraknat.name();
        }
        return varde.toString();
    }
}
