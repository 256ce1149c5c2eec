package se.tillit.verkstallighet;

import java.util.UUID;

/** A version of an order's genomförandeplan was set (R18); version 1 completes the process's task. */
public record GenomforandeplanFaststalld(UUID beslutId, int version) {}
