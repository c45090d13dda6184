package org.entente.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger with a beam of one, decoded without the beam search. With a beam of one, OpenNLP's beam
 * search keeps, at each token, the single most probable tag given the tags already chosen; this class makes the
 * same choice with {@link MaxentArgmax} (no exp, no normalisation, no sorting of the 38 probabilities, no
 * sequence objects), from the same features ({@link PosContext}, checked against OpenNLP's generator when the
 * tagger is made, else OpenNLP's generator fed exactly what the beam search feeds it). Whenever a decision is
 * too close to call, or the model restricts tags (a tag dictionary), the sentence is tagged by OpenNLP's own code
 * instead, so the tags are always OpenNLP's. Checked tag for tag against POSTaggerME on the shared corpus (see
 * GreedyPosTaggerTest and docs/benchmarks-cpu.md). One instance per thread, like POSTaggerME.
 */
final class GreedyPosTagger extends POSTaggerME {
    private static final Object[] NO_CONTEXT = new Object[0];

    /** Sentences on which {@link PosContext} must give OpenNLP's features before it is used. */
    private static final String[] PROBES = {
        "The foreign ministers of both countries will meet in Geneva next week to discuss sanctions .",
        "U.S. President Joe Biden 's 2021 visit cost $ 1.2 bn , ÖSTERREICH 's e-mail said : \"No !\"",
        "İstanbul ΣΟΦΙΑ 12/05 3.5 1,000 Mr. A. --",
        "Yes",
        "Go now",
    };

    private final MaxentArgmax argmax;
    private final SequenceValidator<String> validator;
    private final boolean fast;
    private final PosContext features = new PosContext();
    private final boolean ownFeatures;
    private long fallbacks;

    GreedyPosTagger(POSModel model) {
        super(model, POSTagFormat.PENN);
        Object maxent = model.getArtifact("pos.model");
        this.argmax = maxent instanceof MaxentModel m ? MaxentArgmax.of(m) : null;
        this.validator = model.getFactory().getSequenceValidator();
        // without a tag dictionary OpenNLP's validator accepts every tag, so only the argmax decides
        this.fast = argmax != null && tagDictionary == null && size == 1
                && validator instanceof DefaultPOSSequenceValidator;
        this.ownFeatures = fast && matches();
    }

    /** Does {@link PosContext} give exactly the features of the model's own generator on the probe sentences? */
    private boolean matches() {
        for (String probe : PROBES) {
            String[] words = probe.split(" ");
            String[] tags = super.tag(words.clone(), null);
            features.sentence(words);
            for (int i = 0; i < words.length; i++) {
                String[] before = Arrays.copyOf(tags, i);
                if (!Arrays.equals(cg.getContext(i, words, before, NO_CONTEXT), features.context(i, before))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String[] tag(String[] sentence) {
        return tag(sentence, null);
    }

    @Override
    public String[] tag(String[] sentence, Object[] additionalContext) {
        // a sequence score below -100000 (far beyond 20,000 tokens) changes OpenNLP's search: leave it to OpenNLP
        if (!fast || sentence.length > 20_000) {
            return super.tag(sentence, additionalContext);
        }
        Object[] ac = additionalContext == null ? NO_CONTEXT : additionalContext;
        String[] tags = new String[sentence.length];
        MaxentModel model = argmax.model();
        if (ownFeatures) {
            features.sentence(sentence);
        }
        for (int i = 0; i < sentence.length; i++) {
            // the beam search hands the context generator the tags chosen so far, as an array of exactly that
            // length; PosContext reads only the two before i, so it can take the array being filled
            String[] context = ownFeatures ? features.context(i, tags)
                    : cg.getContext(i, sentence, Arrays.copyOf(tags, i), ac);
            int best = argmax.best(context);
            if (best < 0) {
                fallbacks++;
                // a fresh array: OpenNLP's context cache is keyed on the array's identity
                return super.tag(sentence.clone(), additionalContext);
            }
            tags[i] = model.getOutcome(best);
        }
        if (posTagFormatMapper.getGuessedFormat() == POSTagFormat.PENN) {
            return tags;
        }
        return posTagFormatMapper.convertTags(Arrays.asList(tags));
    }

    /** Sentences handed to OpenNLP's beam search because a decision was too close to call (for tests). */
    long fallbacks() {
        return fallbacks;
    }

    boolean fast() {
        return fast;
    }

    /** True when features come from {@link PosContext} rather than OpenNLP's generator. */
    boolean ownFeatures() {
        return ownFeatures;
    }

    /** OpenNLP's context for token {@code i} and ours, for tests: {@code tags} are the tags before i. */
    String[][] contexts(String[] sentence, int i, String[] tags) {
        PosContext mine = new PosContext();
        mine.sentence(sentence);
        String[] before = Arrays.copyOf(tags, i);
        return new String[][] {cg.getContext(i, sentence, before, NO_CONTEXT), mine.context(i, before)};
    }
}
