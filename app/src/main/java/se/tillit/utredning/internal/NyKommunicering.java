package se.tillit.utredning.internal;

import java.time.LocalDate;
import se.tillit.utredning.Kommuniceringssatt;

/** The basis sent to the person: when, how, and what (a short note). */
record NyKommunicering(LocalDate skickad, Kommuniceringssatt satt, String vad) {}
