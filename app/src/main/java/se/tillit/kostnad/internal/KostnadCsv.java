package se.tillit.kostnad.internal;

import static se.tillit.drift.Csv.cell;

import java.math.BigDecimal;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.tillit.drift.Csv;
import se.tillit.sakerhet.Enhetsregister;

/**
 * A month's cost as CSV for a spreadsheet: semicolons, a point as decimal sign, every cell quoted. Providers, units,
 * insatser and provider types by their names, as on the page; the case number stays, it is what a reader looks up.
 */
@Component
@RequiredArgsConstructor
class KostnadCsv {

    private final MessageSource meddelanden;
    private final Enhetsregister enheter;

    String summering(Manadsrapport rapport) {
        StringBuilder csv = new StringBuilder(
                "manad;utforare;utforartyp;insats;bestallande_enhet;insatser;dygn;timmar;beviljade_timmar;utforda_timmar;belopp\r\n");
        for (Manadsrapport.Summering rad : rapport.summering()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.manad().toString()),
                            cell(enheter.namn(rad.utforare())),
                            cell(namn("utforartyp.", rad.utforartyp())),
                            cell(namn("insats.", rad.insatstyp())),
                            cell(enheter.namn(rad.bestallandeEnhet())),
                            cell(String.valueOf(rad.insatser())),
                            tal(rad.dygn()),
                            tal(rad.timmar()),
                            tal(rad.beviljadeTimmar()),
                            tal(rad.utfordaTimmar()),
                            tal(rad.summa())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    String detalj(Manadsrapport rapport) {
        StringBuilder csv =
                new StringBuilder("manad;arende;utforare;utforartyp;insats;nivå;omfattning;bestallande_enhet;"
                        + "radtyp;fran;tom;dagar;enhet;antal;apris;belopp;beviljade_timmar;utforda_timmar\r\n");
        for (Kostnadsrad rad : rapport.rader()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.manad().toString()),
                            cell(rad.arendenummer()),
                            cell(enheter.namn(rad.utforare())),
                            cell(namn("utforartyp.", rad.utforartyp())),
                            cell(namn("insats.", rad.insatstyp())),
                            cell(rad.niva() == null ? "" : rad.niva().toString()),
                            cell(rad.omfattning()),
                            cell(enheter.namn(rad.bestallandeEnhet())),
                            cell(rad.radtyp()),
                            cell(rad.fran().toString()),
                            cell(rad.tom().toString()),
                            cell(String.valueOf(rad.dagar())),
                            cell(rad.enhet()),
                            tal(rad.antal()),
                            tal(rad.apris()),
                            tal(rad.summa()),
                            tal(rad.beviljadeTimmar()),
                            tal(rad.utfordaTimmar())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** The code's name from the message files, or the code where there is none. */
    private String namn(String prefix, String kod) {
        Locale sprak = LocaleContextHolder.getLocale();
        return kod == null ? null : meddelanden.getMessage(prefix + kod, null, kod, sprak);
    }

    private static String tal(BigDecimal tal) {
        return Csv.tal(tal);
    }
}
