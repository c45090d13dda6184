package org.entente.events;

/** One row of the CAMEO ontology: code, root, name, Goldstein score, QuadClass and PLOVER mapping. */
public record CameoCode(String code, String root, String name, double goldstein, int quad, String plover,
                        String ploverMode, String ploverContext) {
}
