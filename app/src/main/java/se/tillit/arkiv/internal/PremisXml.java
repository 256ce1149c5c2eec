package se.tillit.arkiv.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * The package's preservation metadata (metadata/preservation/premis.xml), PREMIS 3.0: the package as an intellectual
 * entity; every other file of it as a file object with its SHA-256 (fixity), size, format and, for an attachment, its
 * original name; the events of its creation (creation, message digest calculation and, for PDFs, format identification
 * by what the file declares); and the agents: Tillit, the archival creator and whoever delivered. The event types are
 * the Library of Congress's preservation vocabulary. docs/adr/0025.
 */
@Component
@RequiredArgsConstructor
class PremisXml {

    static final String PREMIS = "http://www.loc.gov/premis/v3";
    private static final String HANDELSETYP = "http://id.loc.gov/vocabulary/preservation/eventType";

    private final Benamningar texter;

    /**
     * @param filer every file of the package but this one and the package's METS (which describes this one)
     * @param levereradAv the user who delivered, or the job (then {@code avPerson} is false)
     */
    byte[] premis(
            String paketId,
            OffsetDateTime skapad,
            List<Paketfil> filer,
            MetsXml.Avsandare avsandare,
            String levereradAv,
            boolean avPerson) {
        Xml xml = new Xml(PREMIS, null, "premis", Map.of("xsi", Xml.XSI));
        Element rot = xml.rot();
        xml.attr(rot, "version", "3.0")
                .attr(rot, Xml.XSI, "xsi:schemaLocation", PREMIS + " https://www.loc.gov/standards/premis/premis.xsd");

        Element helhet = xml.el(rot, "object");
        xml.attr(helhet, Xml.XSI, "xsi:type", "intellectualEntity");
        identifierare(xml, helhet, "objectIdentifier", "local", paketId);

        for (Paketfil fil : filer) {
            Element objekt = xml.el(rot, "object");
            xml.attr(objekt, Xml.XSI, "xsi:type", "file");
            identifierare(xml, objekt, "objectIdentifier", "filepath", fil.sokvag());
            if (fil.agarId() != null) {
                identifierare(xml, objekt, "objectIdentifier", "Tillit", fil.agarId());
            }
            Element egenskaper = xml.el(objekt, "objectCharacteristics");
            xml.el(egenskaper, "compositionLevel", 0);
            Element fixitet = xml.el(egenskaper, "fixity");
            xml.el(fixitet, "messageDigestAlgorithm", "SHA-256");
            xml.el(fixitet, "messageDigest", fil.sha256());
            xml.el(fixitet, "messageDigestOriginator", MetsXml.PROGRAM);
            xml.el(egenskaper, "size", fil.storlek());
            Element format = xml.el(egenskaper, "format");
            Element beteckning = xml.el(format, "formatDesignation");
            if (fil.format() == null) {
                xml.el(beteckning, "formatName", fil.mimetyp());
            } else {
                xml.el(beteckning, "formatName", fil.format().namn());
                xml.el(beteckning, "formatVersion", fil.format().version());
                xml.el(
                        format,
                        "formatNote",
                        texter.text(
                                fil.format().pdfA() ? "arkiv.premis.formatnot.pdfa" : "arkiv.premis.formatnot.pdf"));
            }
            xml.el(objekt, "originalName", fil.ursprungligtNamn());
            Element relation = xml.el(objekt, "relationship");
            xml.el(relation, "relationshipType", "structural");
            xml.el(relation, "relationshipSubType", "is included in");
            identifierare(xml, relation, "relatedObjectIdentifier", "local", paketId);
        }

        String program = "Tillit " + avsandare.programversion();
        String organisation = avsandare.arkivbildare();
        handelse(
                xml,
                rot,
                "creation",
                "cre",
                skapad,
                texter.text("arkiv.premis.skapande"),
                program,
                organisation,
                levereradAv,
                List.of(paketId),
                "outcome");
        handelse(
                xml,
                rot,
                "message digest calculation",
                "mes",
                skapad,
                texter.text("arkiv.premis.kontrollsumma"),
                program,
                organisation,
                levereradAv,
                filer.stream().map(Paketfil::sokvag).toList(),
                "source");
        List<String> pdfer = filer.stream()
                .filter(f -> f.format() != null)
                .map(Paketfil::sokvag)
                .toList();
        if (!pdfer.isEmpty()) {
            handelse(
                    xml,
                    rot,
                    "format identification",
                    "for",
                    skapad,
                    texter.text("arkiv.premis.formatidentifiering"),
                    program,
                    organisation,
                    levereradAv,
                    pdfer,
                    "source");
        }

        agent(xml, rot, program, MetsXml.PROGRAM, "software", avsandare.programversion());
        agent(xml, rot, organisation, organisation, "organization", null);
        agent(xml, rot, levereradAv, levereradAv, avPerson ? "person" : "software", null);
        return xml.bytes();
    }

    private void handelse(
            Xml xml,
            Element rot,
            String typ,
            String typkod,
            OffsetDateTime tid,
            String detalj,
            String program,
            String organisation,
            String utforare,
            List<String> objekt,
            String objektroll) {
        Element handelse = xml.el(rot, "event");
        identifierare(
                xml, handelse, "eventIdentifier", "UUID", UUID.randomUUID().toString());
        Element typElement = xml.el(handelse, "eventType", typ);
        xml.attr(typElement, "authority", "eventType")
                .attr(typElement, "authorityURI", HANDELSETYP)
                .attr(typElement, "valueURI", HANDELSETYP + "/" + typkod);
        xml.el(handelse, "eventDateTime", tid);
        xml.el(xml.el(handelse, "eventDetailInformation"), "eventDetail", detalj);
        xml.el(xml.el(handelse, "eventOutcomeInformation"), "eventOutcome", "success");
        lankadAgent(xml, handelse, program, "executing program");
        lankadAgent(xml, handelse, organisation, "authorizer");
        lankadAgent(xml, handelse, utforare, "implementer");
        for (String o : objekt) {
            Element lank =
                    identifierare(xml, handelse, "linkingObjectIdentifier", o.contains("/") ? "filepath" : "local", o);
            xml.el(lank, "linkingObjectRole", objektroll);
        }
    }

    private static void lankadAgent(Xml xml, Element handelse, String agent, String roll) {
        Element lank = identifierare(xml, handelse, "linkingAgentIdentifier", "local", agent);
        xml.el(lank, "linkingAgentRole", roll);
    }

    private static void agent(Xml xml, Element rot, String id, String namn, String typ, String version) {
        Element agent = xml.el(rot, "agent");
        identifierare(xml, agent, "agentIdentifier", "local", id);
        xml.el(agent, "agentName", namn);
        xml.el(agent, "agentType", typ);
        xml.el(agent, "agentVersion", version);
    }

    /** {@code <xIdentifier><xIdentifierType/><xIdentifierValue/></xIdentifier>}, PREMIS's pattern for every identifier. */
    private static Element identifierare(Xml xml, Element foralder, String element, String typ, String varde) {
        Element id = xml.el(foralder, element);
        xml.el(id, element + "Type", typ);
        xml.el(id, element + "Value", varde);
        return id;
    }
}
