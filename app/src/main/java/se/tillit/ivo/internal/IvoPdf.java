package se.tillit.ivo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The reports as PDF: the page's own Thymeleaf fragments (ivo-rapporter.html) in a print template, rendered by
 * openhtmltopdf. The template is well-formed XHTML; its one stylesheet is read from the classpath and nothing else
 * is ever fetched, so no text of a report can make the renderer load a resource.
 */
@Component
class IvoPdf {

    private static final String SCHEMA = "tillit-klasssokvag";
    private static final String STILMALL = "ivo-pdf.css";
    private static final String KALLA = SCHEMA + ":/static/css/" + STILMALL;
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final ITemplateEngine mallar;

    IvoPdf(ITemplateEngine mallar) {
        this.mallar = mallar;
    }

    byte[] rendera(Map<String, Object> variabler) {
        String html = mallar.process("ivo-pdf", new Context(SVENSKA, variabler));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withProducer("Tillit")
                    .useUriResolver((bas, uri) -> uri == null ? null
                            : uri.startsWith(SCHEMA + ":") ? uri : STILMALL.equals(uri) ? KALLA : null)
                    .useProtocolsStreamImplementation(IvoPdf::klasssokvag, SCHEMA)
                    .useExternalResourceAccessControl((uri, typ) -> KALLA.equals(uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(html, SCHEMA + ":/static/")
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF kunde inte skapas", e);
        }
        return pdf.toByteArray();
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
