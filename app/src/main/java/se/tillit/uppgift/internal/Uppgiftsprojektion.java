package se.tillit.uppgift.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.SkyddsnivaAndrad;
import se.tillit.uppgift.UppgiftAndrad;
import se.tillit.uppgift.UppgiftSkapad;

/**
 * Keeps one row per open task of a case, of a person outside any case (a SIP), or of a lex Sarah report, in the
 * engine's transaction. Person name and number are copied in so the lists need no join across modules; they are
 * shown masked for protected identities. A lex Sarah report's task carries no person: the list names the report by
 * its number, and its page shows the rest to those who may see it.
 */
@Component
@RequiredArgsConstructor
class Uppgiftsprojektion {

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Personregister personer;

    @EventListener
    void skapad(UppgiftSkapad uppgift) {
        if (uppgift.lexsarahId() != null) {
            lexSarah(uppgift);
            return;
        }
        Arende arende = uppgift.arendeId() == null
                ? null
                : arenden.hitta(uppgift.arendeId()).orElseThrow();
        Person person = personer.hitta(arende != null ? arende.personId() : uppgift.personId())
                .orElseThrow();
        String[] grupp = uppgift.kandidatgrupp().split(":", 2);
        jdbc.sql("""
                        insert into uppgift (task_id, process_instance_id, arende_id, arendenummer, arendetyp, person_id,
                                             person_namn, personnummer, skyddad, uppgiftstyp, namn, enhet_kod,
                                             kandidatroll, tilldelad, skapad, forfaller, frist_kalla, dagberakning, sida,
                                             fler_kandidatgrupper)
                        values (:task, :pi, :arende, :nummer, :typ, :person, :namn, :pnr, :skyddad, :uppgiftstyp,
                                :uppgiftnamn, :enhet, :roll, :tilldelad, :skapad, :forfaller, :kalla, :dagberakning, :sida,
                                cast(:fler as varchar[]))
                        on conflict (task_id) do nothing""")
                .param("task", uppgift.taskId())
                .param("pi", uppgift.processInstanceId())
                .param("arende", arende == null ? null : arende.id())
                .param("nummer", arende == null ? null : arende.arendenummer())
                .param("typ", arende == null ? null : arende.arendetyp().name())
                .param("person", person.id())
                .param("namn", person.fornamn() + " " + person.efternamn())
                .param("pnr", person.personnummer().tolvSiffror())
                .param("skyddad", person.skyddsniva().arSkyddad())
                .param("uppgiftstyp", uppgift.uppgiftstyp())
                .param("uppgiftnamn", uppgift.namn())
                .param("enhet", grupp[0])
                .param("roll", grupp.length > 1 ? grupp[1] : "HANDLAGGARE")
                .param("tilldelad", uppgift.tilldelad())
                .param("skapad", uppgift.skapad())
                .param("forfaller", uppgift.forfaller())
                .param("kalla", uppgift.fristKalla())
                .param("dagberakning", uppgift.dagberakning())
                .param("sida", uppgift.sida())
                .param("fler", fler(uppgift))
                .update();
    }

    private void lexSarah(UppgiftSkapad uppgift) {
        String[] grupp = uppgift.kandidatgrupp().split(":", 2);
        jdbc.sql("""
                        insert into uppgift (task_id, process_instance_id, lexsarah_id, arendenummer, skyddad, uppgiftstyp, namn,
                                             enhet_kod, kandidatroll, tilldelad, skapad, forfaller, frist_kalla, dagberakning,
                                             fler_kandidatgrupper)
                        values (:task, :pi, :lexsarah, :nummer, false, :uppgiftstyp, :uppgiftnamn, :enhet, :roll, :tilldelad,
                                :skapad, :forfaller, :kalla, :dagberakning, cast(:fler as varchar[]))
                        on conflict (task_id) do nothing
                        """)
                .param("task", uppgift.taskId())
                .param("pi", uppgift.processInstanceId())
                .param("lexsarah", uppgift.lexsarahId())
                .param("nummer", uppgift.arendenummer())
                .param("uppgiftstyp", uppgift.uppgiftstyp())
                .param("uppgiftnamn", uppgift.namn())
                .param("enhet", grupp[0])
                .param("roll", grupp[1])
                .param("tilldelad", uppgift.tilldelad())
                .param("skapad", uppgift.skapad())
                .param("forfaller", uppgift.forfaller())
                .param("kalla", uppgift.fristKalla())
                .param("dagberakning", uppgift.dagberakning())
                .param("fler", fler(uppgift))
                .update();
    }

    /** The other candidate groups as a PostgreSQL array literal, e.g. {@code {NAMND:LEXSARAH_ANSVARIG}}. */
    private static String fler(UppgiftSkapad uppgift) {
        return "{" + String.join(",", uppgift.flerKandidatgrupper()) + "}";
    }

    /** A protection set or removed: the person's open tasks are masked, or shown, in the lists from the same commit. */
    @EventListener
    void skyddAndrat(SkyddsnivaAndrad andring) {
        jdbc.sql("update uppgift set skyddad = :skyddad where person_id = :person")
                .param("skyddad", andring.till().arSkyddad())
                .param("person", andring.personId())
                .update();
    }

    @EventListener
    void andrad(UppgiftAndrad andring) {
        if (andring.avslutad()) {
            jdbc.sql("delete from uppgift where task_id = :task")
                    .param("task", andring.taskId())
                    .update();
        } else {
            jdbc.sql("update uppgift set tilldelad = :tilldelad where task_id = :task")
                    .param("tilldelad", andring.tilldelad())
                    .param("task", andring.taskId())
                    .update();
        }
    }
}
