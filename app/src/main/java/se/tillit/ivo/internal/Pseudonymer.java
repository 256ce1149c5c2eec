package se.tillit.ivo.internal;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.person.Person;

/**
 * IVO's identifier for a person in the EVB reports: the date of birth, "-T" and three digits, the middle one even
 * for a woman and odd for a man ("ÅÅÅÅMMDD-T123 ... den tredje positionen ... anger könet", IVO's FAQ; law-and-peers
 * §A2). The two other digits are drawn at random, so the pseudonym says no more than birth date and sex; it is
 * stored per person at first use and kept for every later report ("samma nummer under hela rapporteringstiden"),
 * and the table's unique key keeps two persons from sharing one (ADR 10).
 */
@Component
@RequiredArgsConstructor
class Pseudonymer {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;
    /** 10 × 5 × 10 numbers per birth date and sex; far more than one municipality's EVBs on one birth date. */
    private static final int FORSOK = 200;

    private final JdbcClient jdbc;
    private final RandomGenerator slump = new SecureRandom();

    /** Each person's pseudonym, given now to those who have none. In the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<UUID, String> tilldelade(Collection<Person> personer) {
        Map<UUID, String> pseudonymer = new HashMap<>();
        if (personer.isEmpty()) {
            return pseudonymer;
        }
        List<UUID> ids = personer.stream().map(Person::id).distinct().toList();
        jdbc.sql("select person_id, pseudonym from ivo_pseudonym where person_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    pseudonymer.put(rs.getObject("person_id", UUID.class), rs.getString("pseudonym"));
                });
        for (Person person : personer) {
            pseudonymer.computeIfAbsent(person.id(), id -> tilldela(person));
        }
        return pseudonymer;
    }

    private String tilldela(Person person) {
        for (int forsok = 0; forsok < FORSOK; forsok++) {
            String kandidat = kandidat(person);
            jdbc.sql(
                            "insert into ivo_pseudonym (person_id, pseudonym) values (:person, :pseudonym) on conflict do nothing")
                    .param("person", person.id())
                    .param("pseudonym", kandidat)
                    .update();
            Optional<String> pseudonym = jdbc.sql("select pseudonym from ivo_pseudonym where person_id = :person")
                    .param("person", person.id())
                    .query(String.class)
                    .optional();
            if (pseudonym.isPresent()) {
                return pseudonym.get(); // ours, or one given by a concurrent report
            }
        }
        throw new IllegalStateException("Inget ledigt IVO-nummer för födelsedatumet " + person.fodelsedatum());
    }

    private String kandidat(Person person) {
        int kon = slump.nextInt(5) * 2 + (person.personnummer().kon() == 'K' ? 0 : 1);
        return person.fodelsedatum().format(DATUM) + "-T" + slump.nextInt(10) + kon + slump.nextInt(10);
    }

    /** The sex IVO reads from a pseudonym: the digit in the third position after the dash. */
    static char kon(String pseudonym) {
        return (pseudonym.charAt(11) - '0') % 2 == 0 ? 'K' : 'M';
    }
}
