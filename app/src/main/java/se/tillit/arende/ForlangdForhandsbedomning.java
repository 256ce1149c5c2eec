package se.tillit.arende;

import java.time.LocalDate;

/** A recorded förlängning of a förhandsbedömning: when, why (synnerliga skäl), by whom, to which day (C2). */
public record ForlangdForhandsbedomning(LocalDate beslutsdatum, String skal, String beslutadAv, LocalDate nyFrist) {}
