package se.tillit.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import se.tillit.journal.Testfiler;

/**
 * The journal's attachments are judged by their content, not their name (SOSFS 2014:5: the record must be reliable):
 * each row is a file as a user might pick it, the name it has, and the type it is stored as, or null when refused.
 */
class BilagekontrollTest {

    private final Bilagekontroll kontroll =
            new Bilagekontroll(DataSize.ofMegabytes(1), multipart(DataSize.ofMegabytes(1)));

    static Stream<Arguments> filer() {
        return Stream.of(
                Arguments.of("a PDF", Testfiler.pdf(), "intyg.pdf", "application/pdf"),
                Arguments.of("a PDF with a Word name", Testfiler.pdf(), "intyg.docx", "application/pdf"),
                Arguments.of("a PNG image", Testfiler.png(), "foto.png", "image/png"),
                Arguments.of("a JPEG image", Testfiler.jpeg(), "foto.jpg", "image/jpeg"),
                Arguments.of(
                        "a Word document",
                        Testfiler.ooxml("word/document.xml"),
                        "utredning.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of(
                        "an Excel workbook",
                        Testfiler.ooxml("xl/workbook.xml"),
                        "budget.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of(
                        "an OpenDocument text", Testfiler.odt(), "brev.odt", "application/vnd.oasis.opendocument.text"),
                Arguments.of(
                        "UTF-8 text",
                        "Samtal med mamma.\nÅtgärd: ring skolan.".getBytes(StandardCharsets.UTF_8),
                        "samtal.txt",
                        "text/plain"),
                Arguments.of(
                        "Windows-1252 text",
                        "Samtal med mamma. Åtgärd: ring skolan.".getBytes(StandardCharsets.ISO_8859_1),
                        "samtal.txt",
                        "text/plain"),
                Arguments.of("a program renamed to .pdf", Testfiler.exe(), "intyg.pdf", null),
                Arguments.of("a program renamed to .txt", Testfiler.exe(), "samtal.txt", null),
                Arguments.of(
                        "HTML renamed to .txt",
                        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                        "samtal.txt",
                        null),
                Arguments.of(
                        "a GIF renamed to .png",
                        "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1),
                        "foto.png",
                        null),
                Arguments.of(
                        "random bytes named .txt",
                        new byte[] {0, 1, 2, 3, 4, 5, (byte) 200, (byte) 201},
                        "samtal.txt",
                        null),
                Arguments.of("a Word document named .pdf", Testfiler.ooxml("word/document.xml"), "intyg.pdf", null));
    }

    @ParameterizedTest(name = "{0} named {2}: {3}")
    @MethodSource("filer")
    void theTypeComesFromTheContent(String vad, byte[] innehall, String namn, String vantadTyp) {
        Bilagekontroll.Resultat resultat =
                kontroll.kontrollera(List.of(new MockMultipartFile("bilagor", namn, "application/pdf", innehall)));

        if (vantadTyp == null) {
            assertThat(resultat.godkanda()).isEmpty();
            assertThat(resultat.avvisade()).singleElement().satisfies(a -> {
                assertThat(a.nyckel()).isEqualTo("journal.fel.bilagaTyp");
                assertThat(a.argument()).containsExactly(namn);
            });
        } else {
            assertThat(resultat.avvisade()).isEmpty();
            assertThat(resultat.godkanda()).singleElement().satisfies(g -> {
                assertThat(g.innehallstyp()).isEqualTo(vantadTyp);
                assertThat(g.innehall()).isEqualTo(innehall);
                assertThat(g.filnamn()).isEqualTo(namn);
            });
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadAndAnEmptyOneToo() {
        byte[] stor = new byte[1024 * 1024 + 1];
        System.arraycopy(Testfiler.pdf(), 0, stor, 0, Testfiler.pdf().length);

        Bilagekontroll.Resultat resultat = kontroll.kontrollera(List.of(
                new MockMultipartFile("bilagor", "stor.pdf", "application/pdf", stor),
                new MockMultipartFile("bilagor", "tom.pdf", "application/pdf", new byte[0]),
                // what a form sends when no file was chosen: no file at all
                new MockMultipartFile("bilagor", "", "application/octet-stream", new byte[0])));

        assertThat(resultat.godkanda()).isEmpty();
        assertThat(resultat.avvisade())
                .extracting(Bilagekontroll.Avvisad::nyckel)
                .containsExactly("journal.fel.bilagaForStor", "journal.fel.bilagaTom");
    }

    @Test
    void moreThanTenFilesOnOneNoteAreRefused() {
        List<org.springframework.web.multipart.MultipartFile> elva = Stream.generate(
                        () -> (org.springframework.web.multipart.MultipartFile)
                                new MockMultipartFile("bilagor", "a.pdf", "application/pdf", Testfiler.pdf()))
                .limit(11)
                .toList();

        assertThat(kontroll.kontrollera(elva).avvisade())
                .extracting(Bilagekontroll.Avvisad::nyckel)
                .containsExactly("journal.fel.bilagorForManga");
    }

    @Test
    void theNameLosesFoldersAndControlCharactersAndKeepsItsEnding() {
        assertThat(Bilagekontroll.filnamn("C:\\Users\\hanna\\intyg.pdf")).isEqualTo("intyg.pdf");
        assertThat(Bilagekontroll.filnamn("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Bilagekontroll.filnamn("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(Bilagekontroll.filnamn("   ")).isEqualTo("bilaga");
        assertThat(Bilagekontroll.filnamn("x".repeat(300) + ".docx"))
                .hasSize(255)
                .endsWith(".docx");
    }

    @Test
    void theLimitCannotExceedWhatSpringAcceptsOrNoUserWouldSeeTheMessage() {
        assertThatThrownBy(() -> new Bilagekontroll(DataSize.ofMegabytes(10), multipart(DataSize.ofMegabytes(5))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tillit.journal.max-bilaga");
    }

    private static MultipartProperties multipart(DataSize storlek) {
        MultipartProperties multipart = new MultipartProperties();
        multipart.setMaxFileSize(storlek);
        multipart.setMaxRequestSize(storlek);
        return multipart;
    }
}
