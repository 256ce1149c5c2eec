package se.tillit.ivo.internal;

import static se.tillit.drift.Csv.cell;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** The three EVB reports as CSV for a spreadsheet: semicolons, every cell quoted, codes as in the API. */
final class IvoCsv {

    private static final String RADSLUT = "\r\n";

    private IvoCsv() {}

    /**
     * IVO's individual report: the pseudonym identifies the person, not the case number, which stays in Tillit
     * (the page shows it to the municipality's own staff).
     */
    static String individrapport(Kvartalsrapport rapport) {
        StringBuilder csv = new StringBuilder("kvartal;rad;pseudonym;skyddad_identitet;lag;insats;beslutsdatum;grund;"
                + "raknas_fran;ej_verkstallt_sedan;ny_i_kvartalet;dagar;orsak;orsak_text;konsekvenser;tillfalliga_insatser;"
                + "erbjudanden;verkstallt_eller_avslutat;avslutsorsak;sarskild_avgift_nara;tva_ar" + RADSLUT);
        for (Individrad rad : rapport.rader()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.kvartal().toString()),
                            cell(String.valueOf(rad.radnummer())),
                            cell(rad.pseudonym()),
                            cell(rad.skyddadIdentitet() ? "ja" : "nej"),
                            cell(rad.lag()),
                            cell(rad.insatstyp()),
                            datum(rad.beslutsdatum()),
                            cell(rad.grund()),
                            datum(rad.raknasFran()),
                            datum(rad.ejVerkstalltSedan()),
                            cell(rad.ny(rapport.kvartal().forsta()) ? "ja" : "nej"),
                            cell(String.valueOf(rad.dagar())),
                            cell(rad.orsak()),
                            cell(rad.orsakText()),
                            cell(rad.konsekvenser()),
                            cell(rad.tillfalligaInsatser()),
                            cell(erbjudanden(rad)),
                            datum(rad.stangd()),
                            cell(rad.stangdOrsak()),
                            cell(rad.sarskildAvgift() ? "ja" : "nej"),
                            datum(rad.tvaAr())))
                    .append(RADSLUT);
        }
        return csv.toString();
    }

    static String revisorsrapport(Kvartalsrapport rapport) {
        StringBuilder csv = new StringBuilder("kvartal;lopnummer;enhet;lag;insats;grund;beslutsdatum;raknas_fran;dagar;"
                + "tid;ny_i_kvartalet;orsak;verkstallt_eller_avslutat_i_kvartalet;avslutsorsak" + RADSLUT);
        for (Kvartalsrapport.Revisorsrad rad : rapport.revisorsrapport()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.kvartal().toString()),
                            cell(String.valueOf(rad.lopnummer())),
                            cell(rad.enhet()),
                            cell(rad.lag()),
                            cell(rad.insatstyp()),
                            cell(rad.grund()),
                            datum(rad.beslutsdatum()),
                            datum(rad.raknasFran()),
                            cell(String.valueOf(rad.dagar())),
                            cell(rad.tid().name()),
                            cell(rad.ny() ? "ja" : "nej"),
                            cell(rad.orsak()),
                            datum(rad.stangd()),
                            cell(rad.stangdOrsak())))
                    .append(RADSLUT);
        }
        return csv.toString();
    }

    static String statistik(Kvartalsrapport rapport) {
        StringBuilder csv = new StringBuilder("kvartal;lag;insats;antal;kvinnor;man;nya_beslut;avbrott;tid_3_6_man;"
                + "tid_6_12_man;tid_12_24_man;tid_over_24_man;ej_verkstallda_vid_kvartalets_slut;verkstallda;"
                + "avslutade_av_annan_anledning" + RADSLUT);
        for (Kvartalsrapport.Statistikrad rad : rapport.statistik()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.kvartal().toString()),
                            cell(rad.lag() == null ? "ALLA" : rad.lag()),
                            cell(rad.insatstyp() == null ? "ALLA" : rad.insatstyp()),
                            tal(rad.antal()),
                            tal(rad.kvinnor()),
                            tal(rad.man()),
                            tal(rad.beslut()),
                            tal(rad.avbrott()),
                            tal(rad.tid(Individrad.Tidsintervall.TRE_TILL_SEX)),
                            tal(rad.tid(Individrad.Tidsintervall.SEX_TILL_TOLV)),
                            tal(rad.tid(Individrad.Tidsintervall.TOLV_TILL_TJUGOFYRA)),
                            tal(rad.tid(Individrad.Tidsintervall.OVER_TJUGOFYRA)),
                            tal(rad.ejVerkstalldaVidSlutet()),
                            tal(rad.verkstallda()),
                            tal(rad.avslutade())))
                    .append(RADSLUT);
        }
        return csv.toString();
    }

    /** "2026-02-03 Plats på Solrosen: AVBOJT 2026-02-10 (vill bo nära dottern)", one per offer, " | " between. */
    private static String erbjudanden(Individrad rad) {
        return rad.erbjudanden().stream()
                .map(e -> e.erbjudet() + " " + e.vad()
                        + (e.svar() == null
                                ? ""
                                : ": " + e.svar() + " " + e.svarDatum()
                                        + (e.skal() == null ? "" : " (" + e.skal() + ")")))
                .collect(Collectors.joining(" | "));
    }

    private static String datum(LocalDate datum) {
        return cell(datum == null ? "" : datum.toString());
    }

    private static String tal(int tal) {
        return cell(String.valueOf(tal));
    }
}
