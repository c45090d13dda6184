package org.entente.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger with a beam of one, decoded without the beam search. With a beam of one, OpenNLP's beam
 * search keeps, at each token, the single most probable tag given the tags already chosen; this class makes the
 * same choice with {@link MaxentArgmax} (no exp, no normalisation, no sorting of the ~50 probabilities, no
 * sequence objects), feeding the context generator exactly what the beam search feeds it. Whenever a decision is
 * too close to call, or the model restricts tags (a tag dictionary), the sentence is tagged by OpenNLP's own code
 * instead, so the tags are always OpenNLP's. Checked tag for tag against POSTaggerME on the shared corpus (see
 * GreedyPosTaggerTest and docs/benchmarks-cpu.md). One instance per thread, like POSTaggerME.
 */
final class GreedyPosTagger extends POSTaggerME {
    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentArgmax argmax;
    private final SequenceValidator<String> validator;
    private final boolean fast;
    private long fallbacks;

    GreedyPosTagger(POSModel model) {
        super(model, POSTagFormat.PENN);
        Object maxent = model.getArtifact("pos.model");
        this.argmax = maxent instanceof MaxentModel m ? MaxentArgmax.of(m) : null;
        this.validator = model.getFactory().getSequenceValidator();
        this.fast = argmax != null && tagDictionary == null && size == 1;
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
        for (int i = 0; i < sentence.length; i++) {
            // the beam search hands the context generator the tags chosen so far, as an array of exactly that length
            String[] before = Arrays.copyOf(tags, i);
            int best = argmax.best(cg.getContext(i, sentence, before, ac));
            if (best < 0 || !validator.validSequence(i, sentence, before, model.getOutcome(best))) {
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
}
