package org.parallax.analysis.framing;

import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal part-of-speech tags (PROPN, NOUN, AUX, VERB, ADJ...) from Apache OpenNLP's English UD-EWT model
 * (org.apache.opennlp:opennlp-models-pos-en), used where a tag decides a case: a capitalised word opening a
 * sentence is a name only as PROPN ("Siemens won" vs "Lots of"), and "may", "will", "can" are modal only as AUX
 * (not the month, "the will", "a can"). The model loads once, lazily; when it cannot, {@link #tag} returns null
 * and the rules fall back to word shape.
 */
final class PartOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static volatile POSModel model;
    private static volatile boolean failed;
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> {
        POSModel loaded = model();
        return loaded == null ? null : new POSTaggerME(loaded);
    });

    private PartOfSpeech() {
    }

    /** The tags of the words (as one sequence), or null when the model is not available. */
    static String[] tag(List<Word> words) {
        POSTaggerME tagger = TAGGER.get();
        if (tagger == null || words.isEmpty()) {
            return null;
        }
        String[] tokens = new String[words.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = words.get(i).text().replace('’', '\'');
        }
        return tagger.tag(tokens);
    }

    private static POSModel model() {
        if (model == null && !failed) {
            synchronized (PartOfSpeech.class) {
                if (model == null && !failed) {
                    try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            failed = true;
                            return null;
                        }
                        model = new POSModel(in);
                    } catch (Exception | LinkageError broken) {
                        failed = true;
                    }
                }
            }
        }
        return model;
    }
}
