package se.tillit.notifiering.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arenden;
import se.tillit.bevakning.FristPaminnelse;
import se.tillit.lexsarah.LexSarahPaminnelse;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.Roll;
import se.tillit.uppgift.OppenUppgift;
import se.tillit.uppgift.UppgiftSkapad;
import se.tillit.uppgift.Uppgiftsoversikt;

/**
 * Sends the reminders and escalations. Each listener runs after the causing transaction committed, in its own
 * transaction, from the outbox (Spring Modulith's event publication registry): a failure (the mail server down)
 * leaves the publication incomplete, and {@link Omforsok} submits it again. A recipient gets an event's
 * e-mail once: the row in skickad_epost is written in the same transaction as the sending.
 */
@Component
@RequiredArgsConstructor
@EnableConfigurationProperties(NotifieringInstallningar.class)
class Epostutskick {

    private static final Logger log = LoggerFactory.getLogger(Epostutskick.class);
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    /**
     * Which task a reminder is about, so it goes to the one who has it. A child's clocks name their task in the reminder
     * itself ({@link FristPaminnelse#uppgiftId()}: a case may have several requests from reporters); their rows here
     * serve the reminders of process versions from before that.
     */
    static final Map<String, String> UPPGIFT_PER_BEVAKNING = Map.ofEntries(
            Map.entry("UTREDNING", Utredningsprocessen.TASK_UTREDA),
            Map.entry("FORHANDSBEDOMNING", Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING),
            Map.entry("UPPFOLJNING", Uppfoljningsprocessen.TASK_FOLJA_UPP),
            Map.entry("SIP_KALLELSE", Sipprocessen.TASK_SKICKA_KALLELSE),
            Map.entry("SIP_UPPFOLJNING", Sipprocessen.TASK_FOLJA_UPP_SIP),
            Map.entry("BEGARAN_OM_AVGORANDE", BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA),
            Map.entry("INDIVIDUELL_PLAN", IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN),
            // a child's clocks (issue 17; table barnfrister)
            Map.entry("ANMALARINFORMATION", Barnprocesserna.TASK_INFORMERA_ANMALAREN),
            Map.entry("ANMALARINFORMATION_SEN_BEGARAN", Barnprocesserna.TASK_INFORMERA_ANMALAREN),
            Map.entry("PLACERINGSOVERVAGANDE", Barnprocesserna.TASK_OVERVAGA_PLACERING),
            Map.entry("UPPFOLJNING_EFTER_UTREDNING", Barnprocesserna.TASK_FOLJA_UPP_BARNET),
            Map.entry("UPPFOLJNING_EFTER_PLACERING", Barnprocesserna.TASK_FOLJA_UPP_BARNET));

    /** The provider's genomförandeplan: reminded to the provider's staff, not the case's handläggare. */
    static final String GENOMFORANDEPLAN = "GENOMFORANDEPLAN";

    private final JavaMailSender mail;
    private final JdbcClient jdbc;
    private final Enhetsregister enheter;
    private final Arenden arenden;
    private final Uppgiftsoversikt uppgifter;
    private final MessageSource texter;
    private final NotifieringInstallningar installningar;

    /**
     * A deadline is near: the task's assignee (the one the reminder names, else the case's task of the bevakning's
     * kind), or the unit's handläggare when nobody has it (or when the deadline belongs to no case, as a SIP outside
     * any case).
     */
    @ApplicationModuleListener
    void paminnelse(FristPaminnelse paminnelse) {
        if (GENOMFORANDEPLAN.equals(paminnelse.bevakning())) {
            // the provider's plan (R18): the provider unit's staff, with a link to the order's plan
            skicka(
                    paminnelse.handelseId(),
                    paminnelse.arendeId(),
                    "PAMINNELSE",
                    enheter.medRoll(paminnelse.enhet(), Roll.UTFORARE).keySet(),
                    "epost.paminnelse.amne",
                    "epost.paminnelse.text",
                    installningar.lank("/bestallningar/" + paminnelse.objektId() + "/genomforandeplan"));
            return;
        }
        String enhet = paminnelse.enhet() != null
                ? paminnelse.enhet()
                : arenden.hitta(paminnelse.arendeId()).orElseThrow().enhet();
        String uppgiftstyp = UPPGIFT_PER_BEVAKNING.get(paminnelse.bevakning());
        OppenUppgift uppgift = paminnelse.arendeId() == null
                ? null
                : uppgifter.forArende(paminnelse.arendeId()).stream()
                        .filter(u -> paminnelse.uppgiftId() != null
                                ? u.taskId().equals(paminnelse.uppgiftId())
                                : u.uppgiftstyp().equals(uppgiftstyp))
                        .findFirst()
                        .orElse(null);
        Collection<String> mottagare = uppgift != null && uppgift.tilldelad() != null
                ? List.of(uppgift.tilldelad())
                : enheter.medRoll(enhet, Roll.HANDLAGGARE).keySet();
        String lank = uppgift == null
                ? installningar.lank("/uppgifter")
                : installningar.lank("/uppgifter/" + uppgift.taskId());
        skicka(
                paminnelse.handelseId(),
                paminnelse.arendeId(),
                "PAMINNELSE",
                mottagare,
                "epost.paminnelse.amne",
                "epost.paminnelse.text",
                lank);
    }

    /** A task for the unit's chef: an escalation (a deadline passed). */
    @ApplicationModuleListener
    void eskalering(UppgiftSkapad uppgift) {
        if (!uppgift.kandidatgrupp().endsWith(":" + Roll.CHEF.name())) {
            return;
        }
        String enhet =
                uppgift.kandidatgrupp().substring(0, uppgift.kandidatgrupp().indexOf(':'));
        UUID handelse = UUID.nameUUIDFromBytes(
                ("eskalering:" + uppgift.taskId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        skicka(
                handelse,
                uppgift.arendeId(),
                "ESKALERING",
                enheter.medRoll(enhet, Roll.CHEF).keySet(),
                "epost.eskalering.amne",
                "epost.eskalering.text",
                installningar.lank("/uppgifter/" + uppgift.taskId()));
    }

    /**
     * A step of a lex Sarah report nears its target: the lex Sarah-ansvariga of the unit and of the committee, with a
     * link to the report and nothing else (no number, no unit: the subject itself is sensitive).
     */
    @ApplicationModuleListener
    void lexSarahPaminnelse(LexSarahPaminnelse paminnelse) {
        java.util.Set<String> mottagare = new java.util.TreeSet<>(
                enheter.medRoll(paminnelse.enhet(), Roll.LEXSARAH_ANSVARIG).keySet());
        mottagare.addAll(
                enheter.medRoll(paminnelse.namnd(), Roll.LEXSARAH_ANSVARIG).keySet());
        skicka(
                paminnelse.handelseId(),
                null,
                "PAMINNELSE",
                mottagare,
                "epost.lexsarah.paminnelse.amne",
                "epost.lexsarah.paminnelse.text",
                installningar.lank("/lexsarah/" + paminnelse.rapportId()));
    }

    /** The daily digest: how many of one's tasks are overdue or due soon, and a link. */
    @ApplicationModuleListener
    void sammanfattning(DagligSammanfattning.Sammanfattning sammanfattning) {
        UUID handelse =
                UUID.nameUUIDFromBytes(("sammanfattning:" + sammanfattning.anvandarnamn() + ":" + sammanfattning.dag())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        skicka(
                handelse,
                null,
                "SAMMANFATTNING",
                List.of(sammanfattning.anvandarnamn()),
                "epost.sammanfattning.amne",
                "epost.sammanfattning.text",
                new Object[] {sammanfattning.forsenade(), sammanfattning.snart(), installningar.lank("/uppgifter")});
    }

    /**
     * The same for every sending of one event to one recipient. The row in skickad_epost stops a second sending,
     * except when the node dies (or the database goes away) after the SMTP server took the e-mail and before the
     * row's transaction commits: then the retry sends it again, with this id, and a mail system that removes
     * duplicates by Message-ID (Exchange, Gmail) shows it once (docs/adr/0014).
     */
    String messageId(UUID handelse, String mottagare) {
        UUID id = UUID.nameUUIDFromBytes((handelse + ":" + mottagare).getBytes(StandardCharsets.UTF_8));
        return "<" + id + "@"
                + installningar.fran().substring(installningar.fran().indexOf('@') + 1) + ">";
    }

    private void skicka(
            UUID handelse,
            UUID arendeId,
            String slag,
            Collection<String> mottagare,
            String amne,
            String text,
            String lank) {
        skicka(handelse, arendeId, slag, mottagare, amne, text, new Object[] {lank});
    }

    private void skicka(
            UUID handelse,
            UUID arendeId,
            String slag,
            Collection<String> mottagare,
            String amne,
            String text,
            Object[] argument) {
        Map<String, String> adresser = enheter.epost(mottagare);
        List<String> skickade = new ArrayList<>();
        for (Map.Entry<String, String> adress : adresser.entrySet()) {
            int ny = jdbc.sql("""
                            insert into skickad_epost (handelse_id, mottagare, slag, arende_id) values (:h, :m, :slag, :arende)
                            on conflict do nothing""")
                    .param("h", handelse)
                    .param("m", adress.getKey())
                    .param("slag", slag)
                    .param("arende", arendeId)
                    .update();
            if (ny == 0) {
                continue; // this event's e-mail already went to this person
            }
            MimeMessage meddelande = mail.createMimeMessage();
            try {
                MimeMessageHelper brev = new MimeMessageHelper(meddelande, StandardCharsets.UTF_8.name());
                brev.setFrom(installningar.fran());
                brev.setTo(adress.getValue());
                brev.setSubject(texter.getMessage(amne, null, SVENSKA));
                // no personal data: no name, no personnummer, no case details; a neutral text and a link
                brev.setText(texter.getMessage(text, argument, SVENSKA));
                meddelande.setHeader("Message-ID", messageId(handelse, adress.getKey()));
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
            mail.send(meddelande);
            skickade.add(adress.getKey());
        }
        log.info("{} {} sent to {} recipients", slag, handelse, skickade.size());
    }
}
