package org.entente.events.model;

import java.util.Set;

/**
 * One row of the CAMEO ontology: code, root, name, Goldstein score, QuadClass, PLOVER mapping, and what the code
 * implies for coding ({@link CodeTrait}).
 */
public record CameoCode(String code, String root, String name, double goldstein, int quad, String plover,
                        String ploverMode, String ploverContext, Set<CodeTrait> traits) {
    public CameoCode {
        traits = traits == null ? Set.of() : Set.copyOf(traits);
    }

    public CameoCode(String code, String root, String name, double goldstein, int quad, String plover,
                     String ploverMode, String ploverContext) {
        this(code, root, name, goldstein, quad, plover, ploverMode, ploverContext, Set.of());
    }

    public boolean has(CodeTrait trait) {
        return traits.contains(trait);
    }
}
