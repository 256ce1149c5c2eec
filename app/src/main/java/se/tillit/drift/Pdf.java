package se.tillit.drift;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A Thymeleaf print template as PDF/A-2u, rendered by openhtmltopdf in Swedish. The template is well-formed XHTML; its
 * one stylesheet (under {@code static/css/}) is read from the classpath and nothing else is ever fetched, so no text of
 * a document can make the renderer load a resource.
 *
 * <p>PDF/A-2u (ISO 19005-2, level U) because the letters and reports are kept and may go to the municipality's
 * e-archive (docs/adr/0025): every font embedded (DejaVu Sans, the npm package {@code dejavu-fonts-ttf}, under
 * {@code static/css/fonts/dejavu/}; the standard 14 fonts such as Helvetica are never used, they cannot be embedded
 * here), an sRGB output intent, the title and producer in the XMP metadata, and every character mapped to Unicode so
 * that the archive can search and extract the text. Not level A: that needs a tagged structure (PDF/UA), not built.
 */
@Component
@RequiredArgsConstructor
public class Pdf {

    private static final String SCHEMA = "tillit-klasssokvag";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    /** The conformance every PDF of Tillit declares, in its XMP metadata (pdfaid:part 2, pdfaid:conformance U). */
    private static final PdfAConformance PDF_A = PdfAConformance.PDFA_2_U;
    /**
     * The one font family of the print stylesheets, and the only one the renderer knows (in PDF/A mode it has no built-in
     * fonts), so no text can fall back to a font that is not embedded.
     */
    private static final String TYPSNITT = "DejaVu Sans";

    private static final String TYPSNITTSMAPP = "static/css/fonts/dejavu/ttf/";
    private static final List<Typsnitt> TYPSNITTEN = List.of(
            new Typsnitt("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Typsnitt("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Typsnitt("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Typsnitt("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));
    /** The font files, read once: a renderer parses the ones a document uses (and embeds the glyphs it needs). */
    private static final Map<String, byte[]> FILER = new ConcurrentHashMap<>();

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private record Typsnitt(String fil, int vikt, FontStyle stil) {}

    private final ITemplateEngine mallar;
    private final org.springframework.context.ApplicationContext beans;

    /**
     * @param mall the template's name under {@code templates/}
     * @param stilmall the stylesheet's file name under {@code static/css/}, as the template's link names it
     */
    public byte[] rendera(String mall, String stilmall, Map<String, Object> variabler) {
        String kalla = SCHEMA + ":/static/css/" + stilmall;
        Context kontext = new Context(SVENSKA, variabler);
        // the same ${@bean} expressions as on the pages (a unit's name instead of its code), outside a web request
        kontext.setVariable(
                org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
                        .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(beans, null));
        String html = mallar.process(mall, kontext);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder byggare = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PDF_A)
                    .useColorProfile(SRGB)
                    .withProducer("Tillit");
            for (Typsnitt typsnitt : TYPSNITTEN) {
                // the regular face is also the last resort for a glyph or a family the stylesheet does not have
                Set<FSFontUseCase> anvandning = typsnitt.vikt() == 400 && typsnitt.stil() == FontStyle.NORMAL
                        ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                        : EnumSet.of(FSFontUseCase.DOCUMENT);
                byggare.useFont(
                        () -> new ByteArrayInputStream(fil(typsnitt.fil())),
                        TYPSNITT,
                        typsnitt.vikt(),
                        typsnitt.stil(),
                        true,
                        anvandning);
            }
            byggare.useUriResolver((bas, uri) -> uri == null
                            ? null
                            : uri.startsWith(SCHEMA + ":") ? uri : stilmall.equals(uri) ? kalla : null)
                    .useProtocolsStreamImplementation(Pdf::klasssokvag, SCHEMA)
                    .useExternalResourceAccessControl(
                            (uri, typ) -> kalla.equals(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(html, SCHEMA + ":/static/")
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF kunde inte skapas", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] fil(String namn) {
        return FILER.computeIfAbsent(namn, n -> {
            try (InputStream in = new ClassPathResource(TYPSNITTSMAPP + n).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Typsnittet saknas: " + TYPSNITTSMAPP + n, e);
            }
        });
    }

    private static FSStream klasssokvag(String uri) {
        ClassPathResource resurs = new ClassPathResource(uri.substring((SCHEMA + ":/").length()));
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    return resurs.getInputStream();
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }
}
