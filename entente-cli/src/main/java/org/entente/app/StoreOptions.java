package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.entente.events.model.Modality;
import org.entente.store.Store;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the store: --db and --modality. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ./entente-data).")
    public Path db;

    @Option(names = "--modality", defaultValue = "asserted",
            description = "asserted (default), all, or a comma list of asserted,negated,future,hypothetical,uncertain.")
    public String modality;

    public Path dir() {
        return db == null ? Store.defaultDir() : db;
    }

    /** True when a store exists there (reading commands do not create one). */
    public boolean exists() {
        return Files.isRegularFile(dir().resolve(Store.FILE));
    }

    public Set<Modality> modalities() {
        if (modality == null || modality.isBlank() || modality.trim().equalsIgnoreCase("asserted")) {
            return EnumSet.of(Modality.ASSERTED);
        }
        if (modality.trim().toLowerCase(Locale.ROOT).equals("all")) {
            return EnumSet.allOf(Modality.class);
        }
        EnumSet<Modality> out = EnumSet.noneOf(Modality.class);
        for (String m : modality.split(",")) {
            out.add(Modality.parse(m));
        }
        return out;
    }
}
