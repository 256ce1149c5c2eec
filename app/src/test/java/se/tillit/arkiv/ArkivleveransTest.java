package se.tillit.arkiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.drift.PdfA;
import se.tillit.drift.Testpdf;
import se.tillit.journal.Testfiler;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.person.Skyddsniva;

/**
 * Archive before destruction (issue 18; SoL 2025:400 16 kap. 4 §, socialtjänstförordningen 2025:468 13 kap. 1 §, C1
 * items 17–18): a person's file with a decision and its letter, an older letter in plain PDF, journal notes with
 * attachments and a correction, delivered to the e-archive's outbox as an E-ARK SIP (CSIP/SIP 2.1.0, FGS Paketstruktur
 * 2.0), unpacked and checked against its own manifests; the delivery kept and logged; a protected person's file; the
 * refusals; and a delivery that rolls back leaving nothing behind. docs/adr/0025.
 */
@TillitSpringTest
class ArkivleveransTest {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");
    private static final Pattern FORMULAR_ID = Pattern.compile("name=\"formularId\" value=\"([^\"]+)\"");
    private static final Map<String, String> NAMNRYMDER = Map.of(
            "m",
            "http://www.loc.gov/METS/",
            "xlink",
            "http://www.w3.org/1999/xlink",
            "csip",
            "https://DILCIS.eu/XML/METS/CSIPExtensionMETS",
            "sip",
            "https://DILCIS.eu/XML/METS/SIPExtensionMETS",
            "t",
            "urn:tillit:arkivpaket:1",
            "p",
            "http://www.loc.gov/premis/v3");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService anvandare;

    @Autowired
    Arkivleverans arkivleverans;

    @Autowired
    Personregister personregister;

    @Autowired
    TransactionTemplate transaktion;

    @Value("${tillit.arkiv.utkorg}")
    Path utkorg;

    private final LocalDate idag = LocalDate.now(SVENSK_TID);
    private String personnummer;
    private String arendeId;

    @BeforeEach
    void enAktMedBeslutBrevOchJournal() throws Exception {
        personnummer = Testpersoner.medKontrollsiffra("19380512-98" + (int) (Math.random() * 10));
        if (personregister.hitta(Personnummer.tolka(personnummer)).isPresent()) {
            personnummer = Testpersoner.medKontrollsiffra("19380513-98" + (int) (Math.random() * 10));
        }
        arendeId = tillBeslut(personnummer, "Astrid", "Arkivsson");
        fattaBeslut(arendeId);
        // a letter written before Tillit wrote PDF/A: plain PDF with Helvetica, kept as it was sent
        byte[] gammalt = vanligPdf();
        jdbc.sql("""
                        insert into beslutsbrev (id, arende_id, pdf, sha256, skapad, skapad_av, formular_id)
                        values (gen_random_uuid(), cast(:a as uuid), :pdf, :sha, now() - interval '400 days', 'handlaggare.lss',
                                gen_random_uuid())""")
                .param("a", arendeId)
                .param("pdf", gammalt)
                .param("sha", sha256(gammalt))
                .update();

        skrivAnteckning(idag.minusDays(3), "SAMTAL", "Astrid vill ha korttidsvistelse på Solrosen.", null);
        skrivAnteckning(
                idag.minusDays(2),
                "INKOMMEN_HANDLING",
                "Läkarintyg och foto inkom.",
                List.of(
                        new MockMultipartFile(
                                "bilagor", "Läkarintyg Åström.pdf", "application/octet-stream", Testfiler.pdf()),
                        new MockMultipartFile("bilagor", "foto.png", "image/png", Testfiler.png())));
        String fel = jdbc.sql(
                        "select id::text from journalanteckning where arende_id = cast(:a as uuid) and slag = 'SAMTAL'")
                .param("a", arendeId)
                .query(String.class)
                .single();
        mvc.perform(multipart("/arenden/{id}/journal/{a}/rattelse", arendeId, fel)
                        .param("handelsedatum", idag.minusDays(3).toString())
                        .param("slag", "SAMTAL")
                        .param("text", "Astrid vill ha korttidsvistelse på Vallmon, inte Solrosen.")
                        .param("token", UUID.randomUUID().toString())
                        .with(user(anvandare.loadUserByUsername("handlaggare.lss")))
                        .with(csrf()))
                .andExpect(flash().attribute("meddelande", "journal.rattelseSparad"));
    }

    /** The whole package, delivered by an ADMIN on the page, checked against its own manifests file by file. */
    @Test
    void anAdministratorDeliversAFileAsAnEarkSipWhoseManifestsListEveryFileWithItsChecksum() throws Exception {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        var svar = admin.postForm(
                "/admin/arkiv/leveranser",
                Map.of("personnummer", personnummer, "skal", "Forskningsundantaget: född den 12:e"));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(302);

        Map<String, Object> rad = leverans(personId());
        String paketId = (String) rad.get("paket_id");
        String filnamn = (String) rad.get("filnamn");
        assertThat(filnamn).isEqualTo(paketId + ".zip");
        assertThat(admin.get("/admin/arkiv").body())
                .contains("Paketet " + paketId, filnamn, (String) rad.get("sha256"));

        // the outbox: the ZIP, its checksum beside it in sha256sum's format, nothing half-written
        byte[] zip = Files.readAllBytes(utkorg.resolve(filnamn));
        assertThat(sha256(zip)).isEqualTo(rad.get("sha256"));
        assertThat((long) rad.get("storlek")).isEqualTo(zip.length);
        assertThat(Files.readString(utkorg.resolve(filnamn + ".sha256")))
                .isEqualTo(rad.get("sha256") + "  " + filnamn + "\n");
        try (var filer = Files.list(utkorg)) {
            assertThat(filer.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        Map<String, byte[]> paket = packaUpp(zip);
        // CSIPSTR1–CSIPSTR16: one root folder named by the package's id; METS.xml at the root and in the representation
        assertThat(paket.keySet()).allMatch(namn -> namn.startsWith(paketId + "/"));
        Map<String, byte[]> filer = new LinkedHashMap<>();
        paket.forEach((namn, innehall) -> {
            if (!namn.endsWith("/")) {
                filer.put(namn.substring(paketId.length() + 1), innehall);
            }
        });
        String mapp = "representations/rep1/data/" + arendenummer(arendeId);
        assertThat(filer)
                .containsKeys(
                        "METS.xml",
                        "metadata/descriptive/personakt.xml",
                        "metadata/preservation/premis.xml",
                        "schemas/tillit-arkivpaket-1.xsd",
                        "documentation/om-paketet.txt",
                        "representations/rep1/METS.xml",
                        mapp + "/arende.xml",
                        mapp + "/beslut.xml",
                        mapp + "/journal.xml",
                        mapp + "/historik.xml");

        // the package's METS: CSIP1–CSIP16, SIP2, SIP4, the archival creator
        Document mets = xml(filer.get("METS.xml"));
        assertThat(text(mets, "/m:mets/@OBJID")).isEqualTo(paketId);
        assertThat(text(mets, "/m:mets/@TYPE")).isEqualTo("Mixed");
        assertThat(text(mets, "/m:mets/@csip:CONTENTINFORMATIONTYPE")).isEqualTo("OTHER");
        assertThat(text(mets, "/m:mets/@csip:OTHERCONTENTINFORMATIONTYPE")).isEqualTo("Tillit arkivpaket 1");
        assertThat(text(mets, "/m:mets/@PROFILE")).isEqualTo("https://earksip.dilcis.eu/profile/E-ARK-SIP.xml");
        assertThat(text(mets, "/m:mets/m:metsHdr/@csip:OAISPACKAGETYPE")).isEqualTo("SIP");
        assertThat(text(mets, "/m:mets/m:metsHdr/@CREATEDATE")).isNotBlank();
        assertThat(
                        text(
                                mets,
                                "/m:mets/m:metsHdr/m:agent[@ROLE='CREATOR' and @TYPE='OTHER' and @OTHERTYPE='SOFTWARE']/m:name"))
                .isEqualTo("Tillit");
        assertThat(text(mets, "/m:mets/m:metsHdr/m:agent[@OTHERTYPE='SOFTWARE']/m:note/@csip:NOTETYPE"))
                .isEqualTo("SOFTWARE VERSION");
        assertThat(text(mets, "/m:mets/m:metsHdr/m:agent[@ROLE='ARCHIVIST' and @TYPE='ORGANIZATION']/m:name"))
                .isEqualTo("Socialnämnden i Tillköping");
        assertThat(text(
                        mets,
                        "/m:mets/m:metsHdr/m:agent[@ROLE='ARCHIVIST']/m:note[@csip:NOTETYPE='IDENTIFICATIONCODE']"))
                .isEqualTo("TEST-0001");
        assertThat(text(mets, "/m:mets/m:metsHdr/m:agent[@ROLE='PRESERVATION']/m:name"))
                .isEqualTo("Tillköpings kommunarkiv");
        // dmdSec and amdSec refer to the description and PREMIS (CSIP17–CSIP44)
        assertThat(text(mets, "/m:mets/m:dmdSec/m:mdRef/@xlink:href")).isEqualTo("metadata/descriptive/personakt.xml");
        assertThat(text(mets, "/m:mets/m:amdSec/m:digiprovMD/m:mdRef[@MDTYPE='PREMIS']/@xlink:href"))
                .isEqualTo("metadata/preservation/premis.xml");
        // fileSec: Documentation, Schemas and the representation (CSIP58–CSIP79, CSIP113–CSIP114)
        assertThat(texter(mets, "/m:mets/m:fileSec/m:fileGrp/@USE"))
                .containsExactly("Documentation", "Schemas", "Representations/rep1");
        // the structural map (CSIP80–CSIP112)
        assertThat(text(mets, "/m:mets/m:structMap/@TYPE")).isEqualTo("PHYSICAL");
        assertThat(text(mets, "/m:mets/m:structMap/@LABEL")).isEqualTo("CSIP");
        assertThat(texter(mets, "/m:mets/m:structMap[@LABEL='CSIP']/m:div/m:div/@LABEL"))
                .containsExactly("Metadata", "Documentation", "Schemas", "Representations/rep1");
        assertThat(text(mets, "/m:mets/m:structMap/m:div/m:div[@LABEL='Representations/rep1']/m:mptr/@xlink:href"))
                .isEqualTo("representations/rep1/METS.xml");
        assertThat(text(mets, "/m:mets/m:structMap/m:div/m:div[@LABEL='Representations/rep1']/m:mptr/@xlink:title"))
                .isEqualTo(text(mets, "/m:mets/m:fileSec/m:fileGrp[@USE='Representations/rep1']/@ID"));
        Document rep = xml(filer.get("representations/rep1/METS.xml"));
        assertThat(text(rep, "/m:mets/@OBJID")).isEqualTo("rep1");
        assertThat(text(rep, "/m:mets/m:structMap[@LABEL='CSIP']/m:div/m:div/@LABEL"))
                .isEqualTo("Data");

        // every file in the ZIP is in a manifest with its size and SHA-256, and every file a manifest names is in the
        // ZIP
        Map<String, String[]> manifest = new HashMap<>();
        manifest.putAll(manifest(mets, ""));
        manifest.putAll(manifest(rep, "representations/rep1/"));
        Set<String> ejListade = new TreeSet<>(filer.keySet());
        ejListade.removeAll(manifest.keySet());
        assertThat(ejListade).as("files of the ZIP no manifest lists").containsExactly("METS.xml");
        manifest.forEach((sokvag, uppgifter) -> {
            assertThat(filer).as("a file the manifest names").containsKey(sokvag);
            assertThat(Long.parseLong(uppgifter[0])).as(sokvag).isEqualTo(filer.get(sokvag).length);
            assertThat(uppgifter[1]).as(sokvag).isEqualTo(sha256(filer.get(sokvag)));
            assertThat(uppgifter[2]).as(sokvag).isEqualTo("SHA-256");
            assertThat(uppgifter[3]).as(sokvag + " MIMETYPE").isNotBlank();
        });

        // our XML: well-formed and valid against the package's own schema, which is the one in the jar
        byte[] xsd = filer.get("schemas/tillit-arkivpaket-1.xsd");
        assertThat(xsd)
                .isEqualTo(getClass()
                        .getResourceAsStream("/arkiv/tillit-arkivpaket-1.xsd")
                        .readAllBytes());
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ByteArrayInputStream(xsd)));
        for (String dokument : List.of(
                "metadata/descriptive/personakt.xml",
                mapp + "/arende.xml",
                mapp + "/beslut.xml",
                mapp + "/journal.xml",
                mapp + "/historik.xml")) {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(filer.get(dokument))));
        }
        Document personakt = xml(filer.get("metadata/descriptive/personakt.xml"));
        assertThat(text(personakt, "/t:personakt/t:person/t:personnummer")).isEqualTo(personnummer);
        assertThat(text(personakt, "/t:personakt/t:person/t:skyddsniva/@kod")).isEqualTo("INGEN");
        assertThat(text(personakt, "/t:personakt/t:arenden/t:arende/t:arendetyp/@kod"))
                .isEqualTo("LSS");
        assertThat(text(personakt, "/t:personakt/t:arenden/t:arende/@mapp")).isEqualTo(mapp);

        // the decisions and the letters: the new letter is PDF/A-2u, the old one plain PDF, and the package says which
        Document beslut = xml(filer.get(mapp + "/beslut.xml"));
        assertThat(texter(beslut, "/t:beslutslista/t:beslut/t:insatstyp"))
                .containsExactlyInAnyOrder(
                        "Korttidsvistelse utanför hemmet (LSS)", "Ledsagarservice eller avlösarservice (LSS)");
        assertThat(texter(beslut, "/t:beslutslista/t:beslut/t:utfall/@kod"))
                .containsExactlyInAnyOrder("BIFALL", "AVSLAG");
        assertThat(text(beslut, "/t:beslutslista/t:beslut[t:utfall/@kod='BIFALL']/t:verkstallighet/t:utforare"))
                .isEqualTo("UTF-SOLROSEN");
        String nyttBrev = text(beslut, "/t:beslutslista/t:brev[@pdfA='true']/@fil");
        String gammaltBrev = text(beslut, "/t:beslutslista/t:brev[@pdfA='false']/@fil");
        assertThat(text(beslut, "/t:beslutslista/t:brev[@pdfA='true']/@format")).isEqualTo("PDF/A-2u");
        assertThat(text(beslut, "/t:beslutslista/t:brev[@pdfA='false']/@format"))
                .startsWith("PDF 1.");
        assertThat(text(beslut, "/t:beslutslista/t:beslut[1]/t:beslutsbrev/@ref"))
                .isEqualTo(text(beslut, "/t:beslutslista/t:brev[@pdfA='true']/@id"));
        assertThat(PdfA.brister(filer.get(mapp + "/" + nyttBrev))).isEmpty();
        assertThat(PdfA.deklarationsbrister(filer.get(mapp + "/" + gammaltBrev)))
                .isNotEmpty();
        assertThat(sha256(filer.get(mapp + "/" + nyttBrev)))
                .as("the letter as stored, byte for byte")
                .isEqualTo(text(beslut, "/t:beslutslista/t:brev[@pdfA='true']/t:sha256"));
        assertThat(text(
                        rep,
                        "//m:file[m:FLocat/@xlink:href='data/" + arendenummer(arendeId) + "/" + nyttBrev
                                + "']/@sip:FILEFORMATNAME"))
                .isEqualTo("PDF/A");
        assertThat(text(
                        rep,
                        "//m:file[m:FLocat/@xlink:href='data/" + arendenummer(arendeId) + "/" + nyttBrev
                                + "']/@sip:FILEFORMATVERSION"))
                .isEqualTo("2u");
        assertThat(text(
                        rep,
                        "//m:file[m:FLocat/@xlink:href='data/" + arendenummer(arendeId) + "/" + gammaltBrev
                                + "']/@sip:FILEFORMATNAME"))
                .isEqualTo("PDF");

        // the journal: every signed note, the correction linked both ways, the attachments as stored with their type
        Document journal = xml(filer.get(mapp + "/journal.xml"));
        assertThat(texter(journal, "/t:journal/t:anteckning/t:text")).hasSize(3);
        String rattad = text(journal, "/t:journal/t:anteckning[t:rattadAv]/@id");
        String rattelse = text(journal, "/t:journal/t:anteckning[t:rattar]/@id");
        assertThat(text(journal, "/t:journal/t:anteckning[t:rattar]/t:rattar/@ref"))
                .isEqualTo(rattad);
        assertThat(text(journal, "/t:journal/t:anteckning[t:rattadAv]/t:rattadAv/@ref"))
                .isEqualTo(rattelse);
        assertThat(text(journal, "/t:journal/t:anteckning[@id='" + rattad + "']/t:text"))
                .contains("Solrosen");
        String intyg = text(journal, "//t:bilaga[@filnamn='Läkarintyg Åström.pdf']/@fil");
        assertThat(intyg).startsWith("bilagor/").endsWith("-Lakarintyg_Astrom.pdf");
        assertThat(filer.get(mapp + "/" + intyg)).isEqualTo(Testfiler.pdf());
        assertThat(text(journal, "//t:bilaga[@filnamn='foto.png']/@innehallstyp"))
                .isEqualTo("image/png");
        assertThat(filer.get(mapp + "/" + text(journal, "//t:bilaga[@filnamn='foto.png']/@fil")))
                .isEqualTo(Testfiler.png());

        // the engine's history of the case's processes, and nothing of the access log
        Document historik = xml(filer.get(mapp + "/historik.xml"));
        assertThat(texter(historik, "/t:historik/t:handelse[@slag='STEG']/t:namn"))
                .isNotEmpty();
        assertThat(new String(filer.get(mapp + "/historik.xml"), StandardCharsets.UTF_8))
                .doesNotContain("Arkivleverans");
        assertThat(filer.keySet()).noneMatch(namn -> namn.contains("atkomst"));

        // PREMIS: the package's creation, and fixity and size for every other file
        Document premis = xml(filer.get("metadata/preservation/premis.xml"));
        assertThat(texter(premis, "/p:premis/p:event/p:eventType")).contains("creation", "message digest calculation");
        for (String sokvag : manifest.keySet()) {
            if (!sokvag.equals("metadata/preservation/premis.xml")) {
                assertThat(text(
                                premis,
                                "/p:premis/p:object[p:objectIdentifier/p:objectIdentifierValue='" + sokvag
                                        + "']/p:objectCharacteristics/p:fixity/p:messageDigest"))
                        .as(sokvag)
                        .isEqualTo(sha256(filer.get(sokvag)));
            }
        }
        assertThat(
                        text(
                                premis,
                                "//p:object[p:originalName='Läkarintyg Åström.pdf']/p:objectIdentifier/p:objectIdentifierValue"))
                .isEqualTo(mapp + "/" + intyg);

        // the receipt's counts, and the delivery kept: the database refuses to change or remove it
        assertThat(rad)
                .containsEntry("antal_arenden", 1)
                .containsEntry("antal_beslut", 2)
                .containsEntry("antal_brev", 2)
                .containsEntry("antal_brev_pdfa", 1)
                .containsEntry("antal_anteckningar", 3)
                .containsEntry("antal_bilagor", 2)
                .containsEntry("antal_filer", filer.size())
                .containsEntry("levererad_av", "admin")
                .containsEntry("skal", "Forskningsundantaget: född den 12:e");
        assertThatThrownBy(() -> jdbc.sql("update arkivleverans set sha256 = repeat('0', 64) where paket_id = :p")
                        .param("p", paketId)
                        .update())
                .hasMessageContaining("ändras och raderas aldrig");
        assertThatThrownBy(() -> jdbc.sql("delete from arkivleverans where paket_id = :p")
                        .param("p", paketId)
                        .update())
                .hasMessageContaining("ändras och raderas aldrig");
        assertThatThrownBy(() -> jdbc.sql("truncate arkivleverans").update())
                .hasMessageContaining("ändras och raderas aldrig");

        // C55, issue 18: one EXPORT row in the access log naming the person
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where handling = 'EXPORT' and person_id = :p and anvandarnamn = 'admin'
                           and beskrivning = :b""")
                        .param("p", personId())
                        .param("b", "Arkivleverans " + paketId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * The gallring run delivers without a logged-in user: the access log names the job. A person with skyddad
     * folkbokföring: the package holds the identity as the file does (the archive needs it, and takes over the
     * sekretess), marked with the protection so that the archive applies it, and no address in its XML.
     */
    @Test
    void theGallringRunDeliversAProtectedPersonsFileMarkedAsProtected() throws Exception {
        String skyddad = Testpersoner.medKontrollsiffra("19440229-98" + (int) (Math.random() * 10));
        personregister.registrera(
                new Personregister.NyPerson(
                        Personnummer.tolka(skyddad), "Skyddad", "Arkivsdotter", Skyddsniva.SKYDDAD_FOLKBOKFORING),
                "test:arkiv");
        String skyddatArende = tillBeslut(skyddad, "Skyddad", "Arkivsdotter");
        UUID personId = personId(skyddad);

        Leveranskvitto kvitto = arkivleverans.leverera(personId, List.of(UUID.fromString(skyddatArende)), "SYSTEM");

        Map<String, byte[]> paket = packaUpp(Files.readAllBytes(utkorg.resolve(kvitto.filnamn())));
        Document personakt = xml(paket.get(kvitto.paketId() + "/metadata/descriptive/personakt.xml"));
        assertThat(text(personakt, "/t:personakt/t:person/t:skyddsniva/@kod")).isEqualTo("SKYDDAD_FOLKBOKFORING");
        assertThat(text(personakt, "/t:personakt/t:person/t:personnummer")).isEqualTo(skyddad);
        assertThat(paket.keySet()).noneMatch(namn -> namn.contains(skyddad) || namn.contains("Arkivsdotter"));
        assertThat(kvitto.antal())
                .isEqualTo(new Leveranskvitto.Antal(
                        1,
                        0,
                        0,
                        0,
                        0,
                        0,
                        kvitto.antal().historikrader(),
                        kvitto.antal().filer()));
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where handling = 'EXPORT' and person_id = :p and anvandarnamn = 'SYSTEM'
                           and roller = ''""").param("p", personId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(leverans(personId)).containsEntry("levererad_av", "SYSTEM").containsEntry("skal", null);

        // the page lists the delivery for the auditor, and names no one
        String sida = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/admin/arkiv")
                .body();
        assertThat(sida)
                .contains(kvitto.filnamn(), kvitto.sha256())
                .doesNotContain(skyddad, "Arkivsdotter", "Leverera en akt nu");
    }

    /** Nothing is written for a case of another person, a missing personnummer or reason, or a transaction rolled back. */
    @Test
    void aDeliveryThatCannotBeMadeOrRollsBackLeavesNoRowAndNoFile() throws Exception {
        UUID person = personId();
        String annan = tillBeslut(
                Testpersoner.medKontrollsiffra("19500101-99" + (int) (Math.random() * 10)), "Annan", "Persson");
        long fore = antalLeveranser();
        Set<String> utkorgenFore = innehall(utkorg);

        assertThatThrownBy(() -> arkivleverans.leverera(person, List.of(UUID.fromString(annan)), "SYSTEM"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arkivleverans.leverera(person, List.of(), "SYSTEM"))
                .isInstanceOf(IllegalArgumentException.class);
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        var utanSkal = admin.postForm("/admin/arkiv/leveranser", Map.of("personnummer", personnummer, "skal", " "));
        assertThat(utanSkal.statusCode()).isEqualTo(400);
        assertThat(utanSkal.body()).contains("Skriv ett skäl till leveransen");
        var felNummer =
                admin.postForm("/admin/arkiv/leveranser", Map.of("personnummer", "19380512-0000", "skal", "Prov"));
        assertThat(felNummer.statusCode()).isEqualTo(400);
        assertThat(felNummer.body()).contains("Skriv personnumret som ÅÅÅÅMMDD-NNNN");
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .postForm("/admin/arkiv/leveranser", Map.of("personnummer", personnummer, "skal", "Prov"))
                        .statusCode())
                .isEqualTo(403);

        // written to the outbox, then the transaction rolls back: the package and its checksum are taken out again
        Leveranskvitto[] aterstalld = new Leveranskvitto[1];
        transaktion.executeWithoutResult(status -> {
            aterstalld[0] = arkivleverans.leverera(person, List.of(UUID.fromString(arendeId)), "SYSTEM");
            assertThat(utkorg.resolve(aterstalld[0].filnamn())).exists();
            status.setRollbackOnly();
        });
        assertThat(utkorg.resolve(aterstalld[0].filnamn())).doesNotExist();
        assertThat(utkorg.resolve(aterstalld[0].filnamn() + ".sha256")).doesNotExist();

        assertThat(antalLeveranser()).isEqualTo(fore);
        assertThat(innehall(utkorg)).isEqualTo(utkorgenFore);
    }

    // --- the file

    /** A new LSS application whose assessment and investigation are done: its case waits for "Fatta beslut". */
    private String tillBeslut(String pnr, String fornamn, String efternamn) {
        return new Ansokan(port, taskService, "handlaggare.lss", "LSS", "LSS")
                .person(pnr, fornamn, efternamn)
                .inkom(OffsetDateTime.now().minusDays(5))
                .tillBeslut();
    }

    /** One page, two decisions: a bifall with its order to a provider, an avslag; one letter, PDF/A. */
    private void fattaBeslut(String arende) {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Matcher formular = FORMULAR_ID.matcher(
                leo.get("/arenden/" + arende + "/beslut/nytt").body());
        assertThat(formular.find()).isTrue();
        Map<String, String> falt = new HashMap<>(
                Map.of("formularId", formular.group(1), "beslutsdatum", idag.toString(), "atgard", "fatta"));
        falt.putAll(rad(0, "LSS_KORTTIDSVISTELSE", "BIFALL", "Fyra dygn per månad", "Du behöver miljöombyte."));
        falt.putAll(Map.of(
                "beslut[0].utforare",
                "UTF-SOLROSEN",
                "beslut[0].utforartyp",
                "EGEN_REGI",
                "beslut[0].onskadStart",
                idag.plusDays(7).toString(),
                "beslut[0].individuellPlan",
                "MUNTLIGT"));
        falt.putAll(rad(
                1,
                "LSS_LEDSAGARSERVICE_AVLOSARSERVICE",
                "AVSLAG",
                null,
                "Behovet tillgodoses genom korttidsvistelsen."));
        var svar = leo.postForm("/arenden/" + arende + "/beslut/nytt", falt);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(302);
    }

    private Map<String, String> rad(int i, String insats, String utfall, String omfattning, String motivering) {
        Map<String, String> rad = new HashMap<>();
        rad.put("beslut[" + i + "].insatstyp", insats);
        rad.put("beslut[" + i + "].utfall", utfall);
        rad.put("beslut[" + i + "].lagrum", "0");
        rad.put("beslut[" + i + "].giltigFrom", idag.toString());
        rad.put("beslut[" + i + "].motivering", motivering);
        if (omfattning != null) {
            rad.put("beslut[" + i + "].omfattning", omfattning);
        }
        return rad;
    }

    private void skrivAnteckning(LocalDate datum, String slag, String text, List<MockMultipartFile> bilagor)
            throws Exception {
        MockMultipartHttpServletRequestBuilder begaran = multipart("/arenden/{id}/journal", arendeId);
        begaran.param("handelsedatum", datum.toString())
                .param("slag", slag)
                .param("text", text)
                .param("token", UUID.randomUUID().toString());
        if (bilagor != null) {
            bilagor.forEach(begaran::file);
        }
        mvc.perform(begaran.with(user(anvandare.loadUserByUsername("handlaggare.lss")))
                        .with(csrf()))
                .andExpect(flash().attribute("meddelande", "journal.sparad"));
    }

    private static byte[] vanligPdf() throws IOException {
        return Testpdf.vanlig("Beslut om korttidsvistelse");
    }

    // --- the database

    private UUID personId() {
        return personId(personnummer);
    }

    private UUID personId(String pnr) {
        return personregister.hitta(Personnummer.tolka(pnr)).orElseThrow().id();
    }

    private String arendenummer(String arende) {
        return jdbc.sql("select arendenummer from arende where id = cast(:a as uuid)")
                .param("a", arende)
                .query(String.class)
                .single();
    }

    private Map<String, Object> leverans(UUID person) {
        return jdbc.sql("select * from arkivleverans where person_id = :p order by levererad desc limit 1")
                .param("p", person)
                .query()
                .singleRow();
    }

    private long antalLeveranser() {
        return jdbc.sql("select count(*) from arkivleverans").query(Long.class).single();
    }

    // --- the package

    private static Map<String, byte[]> packaUpp(byte[] zip) throws IOException {
        Map<String, byte[]> filer = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry post = in.getNextEntry(); post != null; post = in.getNextEntry()) {
                assertThat(filer).as("one entry per name").doesNotContainKey(post.getName());
                filer.put(post.getName(), in.readAllBytes());
            }
        }
        return filer;
    }

    /** Each file a METS names (file and mdRef), by its path from the package's root: size, checksum, its type, MIME. */
    private static Map<String, String[]> manifest(Document mets, String mapp) throws Exception {
        Map<String, String[]> filer = new HashMap<>();
        NodeList filerna = (NodeList) xpath().evaluate("//m:file | //m:mdRef", mets, XPathConstants.NODESET);
        for (int i = 0; i < filerna.getLength(); i++) {
            Element fil = (Element) filerna.item(i);
            String href = fil.getLocalName().equals("file")
                    ? ((Element) fil.getElementsByTagNameNS(NAMNRYMDER.get("m"), "FLocat")
                                    .item(0))
                            .getAttributeNS(NAMNRYMDER.get("xlink"), "href")
                    : fil.getAttributeNS(NAMNRYMDER.get("xlink"), "href");
            assertThat(fil.getAttribute("CREATED")).as(href).isNotBlank();
            assertThat(filer.put(mapp + href, new String[] {
                        fil.getAttribute("SIZE"),
                        fil.getAttribute("CHECKSUM"),
                        fil.getAttribute("CHECKSUMTYPE"),
                        fil.getAttribute("MIMETYPE")
                    }))
                    .as("listed once: " + href)
                    .isNull();
        }
        return filer;
    }

    private static Document xml(byte[] innehall) throws Exception {
        DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
        fabrik.setNamespaceAware(true);
        fabrik.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return fabrik.newDocumentBuilder().parse(new ByteArrayInputStream(innehall));
    }

    private static String text(Document dokument, String uttryck) throws Exception {
        return xpath().evaluate(uttryck, dokument);
    }

    private static List<String> texter(Document dokument, String uttryck) throws Exception {
        NodeList noder = (NodeList) xpath().evaluate(uttryck, dokument, XPathConstants.NODESET);
        List<String> texter = new ArrayList<>();
        for (int i = 0; i < noder.getLength(); i++) {
            texter.add(noder.item(i).getTextContent());
        }
        return texter;
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMNRYMDER.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    private static Set<String> innehall(Path katalog) throws IOException {
        Files.createDirectories(katalog);
        try (var filer = Files.list(katalog)) {
            return new TreeSet<>(filer.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
