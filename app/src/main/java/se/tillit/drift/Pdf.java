package se.tillit.drift;

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
 * A Thymeleaf print template as PDF, rendered by openhtmltopdf in Swedish. The template is well-formed XHTML; its one
 * stylesheet (under {@code static/css/}) is read from the classpath and nothing else is ever fetched, so no text of a
 * document can make the renderer load a resource.
 */
@Component
public class Pdf {

    private static final String SCHEMA = "tillit-klasssokvag";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final ITemplateEngine mallar;
    private final org.springframework.context.ApplicationContext beans;

    Pdf(ITemplateEngine mallar, org.springframework.context.ApplicationContext beans) {
        this.mallar = mallar;
        this.beans = beans;
    }

    /**
     * @param mall the template's name under {@code templates/}
     * @param stilmall the stylesheet's file name under {@code static/css/}, as the template's link names it
     */
    public byte[] rendera(String mall, String stilmall, Map<String, Object> variabler) {
        String kalla = SCHEMA + ":/static/css/" + stilmall;
        Context kontext = new Context(SVENSKA, variabler);
        // the same ${@bean} expressions as on the pages (a unit's name instead of its code), outside a web request
        kontext.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(beans, null));
        String html = mallar.process(mall, kontext);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withProducer("Tillit")
                    .useUriResolver((bas, uri) -> uri == null ? null
                            : uri.startsWith(SCHEMA + ":") ? uri : stilmall.equals(uri) ? kalla : null)
                    .useProtocolsStreamImplementation(Pdf::klasssokvag, SCHEMA)
                    .useExternalResourceAccessControl((uri, typ) -> kalla.equals(uri),
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
