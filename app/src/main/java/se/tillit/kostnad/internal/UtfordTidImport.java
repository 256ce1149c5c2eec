package se.tillit.kostnad.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.verkstallighet.BestalldInsats;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * Imports performed hours per person, insats and month from a time-registration system's export (R28):
 * {@code personnummer;insats;manad;timmar}, a header line, semicolons, decimal comma or point, a field in quotes
 * where it is (as Excel and most systems quote; Apache Commons CSV reads it), a byte order mark or none. Each line is matched
 * to the one ordered insats of that type the person had executed in the month. The file is taken whole or not at
 * all: every faulty line is reported with its number and nothing is written.
 */
@Service
@RequiredArgsConstructor
class UtfordTidImport {

    static final String RUBRIK = "personnummer;insats;manad;timmar";
    static final int MAX_RADER = 100_000;
    /** More hours than a month has is a typing error, not a fact. */
    static final BigDecimal MAX_TIMMAR = BigDecimal.valueOf(24 * 31);

    @Schema(example = "{\"manader\":1,\"rader\":2}")
    record Resultat(int rader, int manader) {}

    private record Rad(UUID beslutId, YearMonth manad, BigDecimal timmar) {}

    private final JdbcClient jdbc;
    private final Personregister personer;
    private final Verkstalligheter verkstalligheter;
    private final Manadskostnader manadskostnader;

    /**
     * Semicolons, fields in double quotes with inner quotes doubled (RFC 4180), surrounding blanks dropped. Empty lines
     * are kept as records, so a record's number is its line's number in the file, as the errors name it.
     */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setQuote('"')
            .setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .get();

    @Transactional
    Resultat importera(String csv, String kalla, String av) {
        List<CSVRecord> poster = poster(csv);
        List<Faltfel> fel = new ArrayList<>();
        if (poster.isEmpty()
                || !RUBRIK.equalsIgnoreCase(String.join(";", poster.get(0).values()))) {
            throw new Valideringsfel("fil", Texter.text("kostnad.fel.forstaRadenSkaVara", RUBRIK));
        }
        if (poster.size() - 1 > MAX_RADER) {
            throw new Valideringsfel("fil", Texter.text("kostnad.fel.hogstRaderPerFil", MAX_RADER));
        }
        Map<YearMonth, List<BestalldInsats>> insatserPerManad = new HashMap<>();
        Set<String> sedda = new HashSet<>();
        List<Rad> rader = new ArrayList<>();
        for (CSVRecord post : poster.subList(1, poster.size())) {
            if (post.size() == 1 && post.get(0).isEmpty()) {
                continue;
            }
            String radnamn = "rad " + post.getRecordNumber();
            String[] falt = post.values();
            if (falt.length != 4) {
                fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.skaHaFyraFaltAtskildaAvSemikolon", RUBRIK)));
                continue;
            }
            try {
                Personnummer personnummer = Personnummer.tolka(falt[0].strip());
                String insats = falt[1].strip().toUpperCase(Locale.ROOT);
                YearMonth manad = YearMonth.parse(falt[2].strip());
                BigDecimal timmar = new BigDecimal(falt[3].strip().replace(',', '.'));
                if (timmar.signum() < 0 || timmar.compareTo(MAX_TIMMAR) > 0) {
                    fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.timmarMellan", MAX_TIMMAR, falt[3].strip())));
                    continue;
                }
                if (!sedda.add(personnummer.tolvSiffror() + insats + manad)) {
                    fel.add(new Faltfel(radnamn, "kostnad.fel.sammaPersonInsatsOchManadFinnsRedan"));
                    continue;
                }
                if (manadskostnader.arStangd(manad)) {
                    fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.manadenStangd", manad)));
                    continue;
                }
                // one answer for an unknown person, no such insats and more than one: the importer (ADMIN or the
                // time-registration system) learns nothing of who is a client or what they had (issue 16)
                Optional<Person> person = personer.hitta(personnummer);
                List<BestalldInsats> traffar = person.isEmpty()
                        ? List.of()
                        : insatserPerManad
                                .computeIfAbsent(
                                        manad, m -> verkstalligheter.bestalldaInsatser(m.atDay(1), m.atEndOfMonth()))
                                .stream()
                                .filter(insats2 ->
                                        insats2.personId().equals(person.get().id())
                                                && insats2.insatstyp().equals(insats)
                                                && insats2.verkstalld() != null)
                                .toList();
                if (traffar.size() != 1) {
                    fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.matcharInte", insats, manad)));
                    continue;
                }
                rader.add(
                        new Rad(traffar.get(0).beslutId(), manad, timmar.setScale(2, java.math.RoundingMode.HALF_UP)));
            } catch (OgiltigtPersonnummerException e) {
                fel.add(new Faltfel(radnamn, "kostnad.fel.ogiltigtPersonnummer"));
            } catch (DateTimeParseException e) {
                fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.manadSkaSkrivasAaaaMmInte", falt[2].strip())));
            } catch (NumberFormatException e) {
                fel.add(new Faltfel(radnamn, Texter.text("kostnad.fel.timmarSkaVaraEttTalInte", falt[3].strip())));
            }
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        for (Rad rad : rader) {
            jdbc.sql("""
                            insert into utford_tid (beslut_id, manad, timmar, kalla, importerad_av)
                            values (:beslut, :manad, :timmar, :kalla, :av)
                            on conflict (beslut_id, manad) do update
                               set timmar = excluded.timmar, kalla = excluded.kalla, importerad = now(),
                                   importerad_av = excluded.importerad_av""")
                    .param("beslut", rad.beslutId())
                    .param("manad", rad.manad().atDay(1))
                    .param("timmar", rad.timmar())
                    .param("kalla", kalla)
                    .param("av", av)
                    .update();
        }
        return new Resultat(
                rader.size(), (int) rader.stream().map(Rad::manad).distinct().count());
    }

    /** The file's records; a quote left open or text after a closing quote is an error with the line it is on. */
    private static List<CSVRecord> poster(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\uFEFF", "")), FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Valideringsfel("fil", Texter.text("kostnad.fel.csvCitat", rad(e.getMessage())));
        }
    }

    /** The line Commons CSV names in its message ("... (line 3) ..."), or 0 when it names none. */
    private static long rad(String meddelande) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(meddelande));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
