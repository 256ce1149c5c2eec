package se.tillit.kostnad.internal;

import static se.tillit.drift.Csv.cell;

import java.math.BigDecimal;

/** A month's cost as CSV for a spreadsheet: semicolons, a point as decimal sign, every cell quoted. */
final class KostnadCsv {

    private KostnadCsv() {
    }

    static String summering(Manadsrapport rapport) {
        StringBuilder csv = new StringBuilder(
                "manad;utforare;utforartyp;insats;bestallande_enhet;insatser;dygn;timmar;beviljade_timmar;utforda_timmar;belopp\r\n");
        for (Manadsrapport.Summering rad : rapport.summering()) {
            csv.append(String.join(";", cell(rapport.manad().toString()), cell(rad.utforare()), cell(rad.utforartyp()),
                    cell(rad.insatstyp()), cell(rad.bestallandeEnhet()), cell(String.valueOf(rad.insatser())),
                    tal(rad.dygn()), tal(rad.timmar()), tal(rad.beviljadeTimmar()), tal(rad.utfordaTimmar()),
                    tal(rad.summa()))).append("\r\n");
        }
        return csv.toString();
    }

    static String detalj(Manadsrapport rapport) {
        StringBuilder csv = new StringBuilder("manad;arende;utforare;utforartyp;insats;nivå;omfattning;bestallande_enhet;"
                + "radtyp;fran;tom;dagar;enhet;antal;apris;belopp;beviljade_timmar;utforda_timmar\r\n");
        for (Kostnadsrad rad : rapport.rader()) {
            csv.append(String.join(";", cell(rapport.manad().toString()), cell(rad.arendenummer()), cell(rad.utforare()),
                    cell(rad.utforartyp()), cell(rad.insatstyp()), cell(rad.niva() == null ? "" : rad.niva().toString()),
                    cell(rad.omfattning()), cell(rad.bestallandeEnhet()), cell(rad.radtyp()), cell(rad.fran().toString()),
                    cell(rad.tom().toString()), cell(String.valueOf(rad.dagar())), cell(rad.enhet()), tal(rad.antal()),
                    tal(rad.apris()), tal(rad.summa()), tal(rad.beviljadeTimmar()), tal(rad.utfordaTimmar())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String tal(BigDecimal tal) {
        return cell(tal == null ? "" : tal.toPlainString());
    }
}
