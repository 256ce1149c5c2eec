package se.tillit.arkiv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.tillit.arkiv.Leveranskvitto;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.beslut.Beslutsregister;
import se.tillit.drift.Svensktid;
import se.tillit.journal.Journal;
import se.tillit.journal.Journalanteckning;
import se.tillit.journal.Journalbilaga;

/**
 * Writes one person's file as an E-ARK SIP into a ZIP (docs/adr/0025):
 *
 * <pre>
 * &lt;paketId&gt;/METS.xml
 * &lt;paketId&gt;/metadata/descriptive/personakt.xml
 * &lt;paketId&gt;/metadata/preservation/premis.xml
 * &lt;paketId&gt;/schemas/tillit-arkivpaket-1.xsd
 * &lt;paketId&gt;/documentation/om-paketet.txt
 * &lt;paketId&gt;/representations/rep1/METS.xml
 * &lt;paketId&gt;/representations/rep1/data/&lt;case number&gt;/{arende,beslut,journal,historik}.xml
 * &lt;paketId&gt;/representations/rep1/data/&lt;case number&gt;/beslutsbrev/&lt;date&gt;-&lt;id&gt;.pdf
 * &lt;paketId&gt;/representations/rep1/data/&lt;case number&gt;/bilagor/&lt;id&gt;-&lt;name&gt;
 * </pre>
 *
 * The data first, each file's checksum kept as it is written; then the representation's METS over them, the description,
 * the schema and the documentation, PREMIS over all of those, and last the package's METS over the rest. A letter and an
 * attachment are read one at a time, as they are written.
 */
@Component
@RequiredArgsConstructor
class Paketbyggare {

    static final String REPRESENTATION = "rep1";
    static final String REPRESENTATIONSMAPP = "representations/" + REPRESENTATION;
    private static final String XML = "application/xml";

    private final AktXml aktXml;
    private final MetsXml metsXml;
    private final PremisXml premisXml;
    private final Beslutsregister beslutsregister;
    private final Journal journal;

    /**
     * What to write besides the file itself.
     *
     * @param levereradAv the user, or the job, who delivers; {@code avPerson} false for a job
     */
    record Uppdrag(
            String paketId, OffsetDateTime skapad, MetsXml.Avsandare avsandare, String levereradAv, boolean avPerson) {}

    /** Writes the package to {@code ut}, closing it, and counts what it holds. */
    Leveranskvitto.Antal bygg(Personakt akt, Uppdrag uppdrag, OutputStream ut) {
        OffsetDateTime skapad = uppdrag.skapad();
        int beslut = 0;
        int brev = 0;
        int brevPdfA = 0;
        int anteckningar = 0;
        int bilagor = 0;
        int historikrader = 0;
        List<Paketfil> filer;
        try (Zipskrivare zip = new Zipskrivare(ut, uppdrag.paketId(), skapad)) {
            List<Paketfil> data = new ArrayList<>();
            Map<UUID, String> mappar = new LinkedHashMap<>();
            for (Personakt.Arendeakt a : akt.arenden()) {
                String mapp = unikMapp(mappar, a.arende().arendenummer());
                mappar.put(a.arende().id(), mapp);

                Map<UUID, Paketfil> brevfiler = new HashMap<>();
                for (Beslutsbrev b : a.brev()) {
                    byte[] pdf = beslutsregister.brevetsPdf(b.id());
                    Filformat format = Filformat.avPdf(pdf);
                    Paketfil fil = zip.skriv(
                            mapp + "/beslutsbrev/" + Svensktid.dag(b.skapad()) + "-" + b.id() + ".pdf",
                            pdf,
                            Filformat.PDF,
                            b.skapad(),
                            format == null ? new Filformat("PDF", "?", false, "?") : format,
                            b.id().toString(),
                            null);
                    brevfiler.put(b.id(), fil);
                    data.add(fil);
                    brev++;
                    brevPdfA += fil.format().pdfA() ? 1 : 0;
                }
                Map<UUID, Paketfil> bilagefiler = new HashMap<>();
                for (Journalanteckning anteckning : a.journal()) {
                    for (Journalbilaga bilaga : anteckning.bilagor()) {
                        byte[] innehall = journal.bilagansInnehall(bilaga.id())
                                .orElseThrow(() ->
                                        new IllegalStateException("Bilagan " + bilaga.id() + " har inget innehåll"));
                        Paketfil fil = zip.skriv(
                                mapp + "/bilagor/" + bilaga.id() + "-" + Filnamn.sakert(bilaga.filnamn(), "bilaga"),
                                innehall,
                                bilaga.innehallstyp(),
                                anteckning.signerad(),
                                Filformat.PDF.equals(bilaga.innehallstyp()) ? Filformat.avPdf(innehall) : null,
                                bilaga.id().toString(),
                                bilaga.filnamn());
                        bilagefiler.put(bilaga.id(), fil);
                        data.add(fil);
                        bilagor++;
                    }
                }
                data.add(zip.skriv(
                        mapp + "/arende.xml",
                        aktXml.arende(a),
                        XML,
                        skapad,
                        null,
                        a.arende().id().toString(),
                        null));
                data.add(zip.skriv(
                        mapp + "/beslut.xml", aktXml.beslut(a, brevfiler, mapp), XML, skapad, null, null, null));
                data.add(zip.skriv(
                        mapp + "/journal.xml", aktXml.journal(a, bilagefiler, mapp), XML, skapad, null, null, null));
                data.add(zip.skriv(mapp + "/historik.xml", aktXml.historik(a), XML, skapad, null, null, null));
                beslut += a.beslut().size();
                anteckningar += a.journal().size();
                historikrader += a.historik().size();
            }

            Paketfil repMets = zip.skriv(
                    REPRESENTATIONSMAPP + "/METS.xml",
                    metsXml.representation(REPRESENTATION, REPRESENTATIONSMAPP, data, skapad, uppdrag.avsandare()),
                    XML,
                    skapad,
                    null,
                    null,
                    null);
            Paketfil beskrivning = zip.skriv(
                    "metadata/descriptive/personakt.xml",
                    aktXml.personakt(
                            akt, uppdrag.paketId(), skapad, uppdrag.avsandare().arkivbildare(), mappar),
                    XML,
                    skapad,
                    null,
                    null,
                    null);
            Paketfil schema = zip.skriv(
                    "schemas/" + AktXml.SCHEMA, resurs("arkiv/" + AktXml.SCHEMA), XML, skapad, null, null, null);
            Paketfil dokumentation = zip.skriv(
                    "documentation/om-paketet.txt",
                    resurs("arkiv/om-paketet.txt"),
                    "text/plain",
                    skapad,
                    null,
                    null,
                    null);
            Paketfil premis = zip.skriv(
                    "metadata/preservation/premis.xml",
                    premisXml.premis(
                            uppdrag.paketId(),
                            skapad,
                            zip.filer(),
                            uppdrag.avsandare(),
                            uppdrag.levereradAv(),
                            uppdrag.avPerson()),
                    XML,
                    skapad,
                    null,
                    null,
                    null);
            zip.skriv(
                    "METS.xml",
                    metsXml.paket(
                            uppdrag.paketId(),
                            skapad,
                            uppdrag.avsandare(),
                            beskrivning,
                            premis,
                            List.of(dokumentation),
                            List.of(schema),
                            REPRESENTATION,
                            repMets),
                    XML,
                    skapad,
                    null,
                    null,
                    null);
            filer = zip.filer();
        }
        return new Leveranskvitto.Antal(
                akt.arenden().size(), beslut, brev, brevPdfA, anteckningar, bilagor, historikrader, filer.size());
    }

    /** The case's folder under the representation's data: its number, made safe and unique. */
    private static String unikMapp(Map<UUID, String> mappar, String arendenummer) {
        String bas = REPRESENTATIONSMAPP + "/data/" + Filnamn.sakert(arendenummer, "arende");
        String mapp = bas;
        for (int n = 2; mappar.containsValue(mapp); n++) {
            mapp = bas + "_" + n;
        }
        return mapp;
    }

    private static byte[] resurs(String sokvag) {
        try (InputStream in = new ClassPathResource(sokvag).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
