package se.tillit.statistik.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import se.tillit.beslut.LssUppgift;
import se.tillit.person.Person;
import se.tillit.statistik.Statistikkoder;
import se.tillit.statistik.Statistikkoder.Insamling;
import se.tillit.statistik.Statistikkoder.Statistikkod;

/**
 * The yearly LSS file (SOSFS 2005:21 2 §, the form in the bilaga as HSLF-FS 2016:48 gives it; docs/adr/0026): one row
 * per person with a verkställt LSS decision on 1 October, in the form's columns, semicolon-separated, a header row first.
 * An insats column holds 1 when the person has it; the housing columns hold the kind (children: 1 familjehem, 2 bostad
 * med särskild service; adults: 1 bostad med särskild service as gruppbostad or servicebostad, 2 annan särskilt anpassad
 * bostad); the housing municipality is filled only when it is another than the reporting one.
 */
final class LssFil {

    static final List<String> KOLUMNER = List.of(
            "PERSONLIG_ASSISTANS",
            "LEDSAGARSERVICE",
            "KONTAKTPERSON",
            "AVLOSARSERVICE",
            "KORTTIDSVISTELSE",
            "KORTTIDSTILLSYN",
            "BOENDE_BARN",
            "BOENDE_VUXNA",
            "DAGLIG_VERKSAMHET");
    static final String RUBRIK = "kommun;personnummer;personkrets;personlig_assistans_9_2;ledsagarservice_9_3;"
            + "kontaktperson_9_4;avlosarservice_9_5;korttidsvistelse_9_6;korttidstillsyn_9_7;boende_barn_9_8;"
            + "boende_vuxna_9_9;boendekommun;daglig_verksamhet_9_10";
    /** The count of persons in the file, beside the columns' counts. */
    static final String PERSONER = "PERSONER";

    private LssFil() {}

    /** The day the LSS file describes: 1 October of the year. */
    static LocalDate matdag(int ar) {
        return LocalDate.of(ar, 10, 1);
    }

    static Framtagen bygg(
            int ar, String kommunkod, List<Underlag> underlag, Map<UUID, Person> personer, Statistikkoder koder) {
        LocalDate matdag = matdag(ar);
        List<Framtagen.Fel> fel = new ArrayList<>();
        boolean egenKommun = kommunkod != null && kommunkod.matches("[0-9]{4}");
        if (!egenKommun) {
            fel.add(new Framtagen.Fel(null, null, null, null, Framtagen.Feltyp.KOMMUNKOD_SAKNAS));
        }
        Map<UUID, Personrad> perPerson = new LinkedHashMap<>();
        for (Underlag u : underlag) {
            if (!"LSS".equals(u.lag()) || !u.pagar(matdag)) {
                continue;
            }
            Optional<Statistikkod> kod = koder.kod(u.insatstyp(), u.paragraf());
            if (kod.isEmpty()) {
                fel.add(fel(u, Framtagen.Feltyp.INGEN_STATISTIKKOD));
                continue;
            }
            if (kod.get().insamling() == Insamling.INGEN) {
                continue; // reported through another decision (vaken natt: the housing's)
            }
            if (kod.get().insamling() != Insamling.LSS
                    || !KOLUMNER.contains(kod.get().kod())) {
                fel.add(fel(u, Framtagen.Feltyp.FEL_INSAMLING));
                continue;
            }
            Person person = personer.get(u.personId());
            Framtagen.Feltyp personfel = Personkontroll.fel(person);
            if (personfel != null) {
                fel.add(fel(u, personfel));
                continue;
            }
            LssUppgift lss = u.lss();
            if (lss == null) {
                fel.add(fel(u, Framtagen.Feltyp.PERSONKRETS_SAKNAS));
                continue;
            }
            String kolumn = kod.get().kod();
            boolean boende = kolumn.startsWith("BOENDE_");
            if (boende && lss.boendeform() == null) {
                fel.add(fel(u, Framtagen.Feltyp.BOENDEFORM_SAKNAS));
                continue;
            }
            Personrad rad = perPerson.computeIfAbsent(u.personId(), id -> new Personrad(person));
            if (rad.personkrets != null && rad.personkrets != lss.personkrets()) {
                fel.add(fel(u, Framtagen.Feltyp.PERSONKRETS_OLIKA));
                continue;
            }
            rad.personkrets = lss.personkrets();
            String varde = boende ? boendekod(lss.boendeform()) : "1";
            String tidigare = rad.kolumner.putIfAbsent(kolumn, varde);
            if (tidigare != null && !tidigare.equals(varde)) {
                fel.add(fel(u, Framtagen.Feltyp.BOENDE_OLIKA));
                continue;
            }
            if (boende && lss.boendekommun() != null && !lss.boendekommun().equals(kommunkod)) {
                if (rad.boendekommun != null && !rad.boendekommun.equals(lss.boendekommun())) {
                    fel.add(fel(u, Framtagen.Feltyp.BOENDE_OLIKA));
                    continue;
                }
                rad.boendekommun = lss.boendekommun();
            }
        }
        List<Personrad> rader = perPerson.values().stream()
                .sorted(Comparator.comparing(r -> r.person.personnummer().tolvSiffror()))
                .toList();
        StringBuilder text = new StringBuilder(RUBRIK).append("\r\n");
        Map<String, Map<Character, Integer>> antal = new TreeMap<>();
        for (Personrad rad : rader) {
            List<String> falt = new ArrayList<>();
            falt.add(egenKommun ? kommunkod : "");
            falt.add(rad.person.personnummer().formaterat());
            falt.add(String.valueOf(rad.personkrets));
            for (String kolumn : KOLUMNER) {
                falt.add(Objects.requireNonNullElse(rad.kolumner.get(kolumn), ""));
                if (kolumn.equals("BOENDE_VUXNA")) {
                    falt.add(Objects.requireNonNullElse(rad.boendekommun, ""));
                }
            }
            text.append(String.join(";", falt)).append("\r\n");
            char kon = rad.person.personnummer().kon();
            raknaUpp(antal, PERSONER, kon);
            rad.kolumner.keySet().forEach(kolumn -> raknaUpp(antal, kolumn, kon));
        }
        return new Framtagen(
                Insamling.LSS,
                String.valueOf(ar),
                matdag,
                text.toString(),
                rader.stream().map(r -> r.person.id()).toList(),
                rader.size(),
                antalLista(antal),
                List.copyOf(fel));
    }

    private static String boendekod(LssUppgift.Boendeform form) {
        return switch (form) {
            case FAMILJEHEM, GRUPPBOSTAD, SERVICEBOSTAD -> "1";
            case BOSTAD_MED_SARSKILD_SERVICE, ANNAN_SARSKILT_ANPASSAD_BOSTAD -> "2";
        };
    }

    static Framtagen.Fel fel(Underlag u, Framtagen.Feltyp typ) {
        return new Framtagen.Fel(u.arendenummer(), u.enhet(), u.beslutId(), u.insatstyp(), typ);
    }

    static void raknaUpp(Map<String, Map<Character, Integer>> antal, String kod, char kon) {
        antal.computeIfAbsent(kod, k -> new TreeMap<>()).merge(kon, 1, Integer::sum);
    }

    static List<Framtagen.Antal> antalLista(Map<String, Map<Character, Integer>> antal) {
        List<Framtagen.Antal> lista = new ArrayList<>();
        antal.forEach((kod, perKon) -> perKon.forEach((kon, n) -> lista.add(new Framtagen.Antal(kod, kon, n))));
        return List.copyOf(lista);
    }

    private static final class Personrad {
        private final Person person;
        private Integer personkrets;
        private String boendekommun;
        private final Map<String, String> kolumner = new LinkedHashMap<>();

        Personrad(Person person) {
            this.person = person;
        }
    }
}
