package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The judges of {@link PdfA} are not lenient: a plain PDF with Helvetica, as Tillit wrote its letters before PDF/A
 * (docs/adr/0025), fails both, each for what it lacks.
 */
class PdfATest {

    @Test
    void aPlainPdfWithAStandardFontIsNotPdfA() throws IOException {
        byte[] vanlig = vanligPdf();

        assertThat(PdfA.deklarationsbrister(vanlig))
                .anySatisfy(b -> assertThat(b).contains("ingen XMP-metadata"));
        assertThat(PdfA.veraPdfBrister(vanlig))
                .isNotEmpty()
                .anySatisfy(b -> assertThat(b).startsWith("6.2.11.4.1")); // ISO 19005-2 6.2.11.4.1: fonts embedded
    }

    private static byte[] vanligPdf() throws IOException {
        return Testpdf.vanlig("Beslut");
    }
}
