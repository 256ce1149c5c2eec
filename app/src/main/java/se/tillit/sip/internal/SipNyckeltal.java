package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Nyckeltal;

/** Which units' R20 a caller may see, and the figure with its definition written beside it (R75: the source named). */
@Component
@RequiredArgsConstructor
class SipNyckeltal {

    static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    @Schema(
            example =
                    "{\"andelProcent\":75.0,\"datum\":\"2026-11-30\",\"definition\":\"Andel SIP där en plan upprättats inom 30 dagar från kallelsen.\",\"enheter\":[\"LSS\",\"VUX\"],\"namnare\":8,\"taljare\":6}")
    record MedDefinition(
            LocalDate datum,
            List<String> enheter,
            int namnare,
            int taljare,
            BigDecimal andelProcent,
            String definition) {}

    private final AktuellAnvandare aktuellAnvandare;
    private final MessageSource texter;

    /** The unit asked for, if the caller may read it (else 404); without one, the caller's own units as chef or handläggare. */
    List<String> lasbaraEnheter(String enhet) {
        if (enhet != null && !enhet.isBlank()) {
            if (!aktuellAnvandare.kanLasaEnhet(enhet)) {
                throw new HittadesInte(Texter.text("fel.enhetenFinnsInteNamnd", enhet));
            }
            return List.of(enhet);
        }
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow();
        java.util.SortedSet<String> egna = new java.util.TreeSet<>(anvandare.enheterMedRoll(Roll.CHEF));
        egna.addAll(anvandare.enheterMedRoll(Roll.HANDLAGGARE));
        if (egna.isEmpty()) {
            throw new Valideringsfel("enhet", "sip.fel.angeEnhetenSomNyckeltaletSkaRaknasFor");
        }
        return List.copyOf(egna);
    }

    MedDefinition medDefinition(Nyckeltal tal) {
        return new MedDefinition(
                tal.datum(),
                tal.enheter(),
                tal.namnare(),
                tal.taljare(),
                tal.andelProcent(),
                texter.getMessage("sip.nyckeltal.definition", null, SVENSKA));
    }
}
