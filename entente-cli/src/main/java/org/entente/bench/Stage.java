package org.entente.bench;

/** The stages the bench times, in pipeline order. */
public enum Stage {
    READ("read", "read + extract (the input readers: JSONL/HTML/text -> clean Article)"),
    ANALYSE("analyse", "sentence split, tokenize, POS, lemma"),
    ACTORS("actors", "actor recognition and coding"),
    CODE("code", "event pattern matching, roles, modality"),
    STORE("store", "DuckDB writes (one writer thread, batched)");

    private final String key;
    private final String description;

    Stage(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used in JSON output and in {@link org.entente.pipeline.Pipeline.StageTimer} calls. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Stage of(String key) {
        for (Stage s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage " + key);
    }
}
