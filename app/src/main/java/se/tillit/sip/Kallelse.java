package se.tillit.sip;

import java.time.LocalDate;

public record Kallelse(
        LocalDate skickad, LocalDate motesdatum, Motesplats plats, Huvudman kalladAv, String registreradAv) {}
