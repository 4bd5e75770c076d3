package org.bulletinkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HanLP (portable 1.8.6, viterbi) behind our {@link Segmenter} interface. HanLP's configuration and custom
 * dictionary are global, so they are set once, at first use, from {@link #configure}.
 */
public final class HanLpSegmenter implements Segmenter {
    private static final AtomicBoolean CONFIGURED = new AtomicBoolean();
    private final Segment segment;

    private HanLpSegmenter(Segment segment) {
        this.segment = segment;
    }

    /**
     * Adds the project's words (people, posts, places, slogans) to HanLP's custom dictionary once per process.
     * Later calls are ignored: the dictionary is process-wide state.
     */
    public static synchronized void configure(Collection<String> personNames, Collection<String> otherWords) {
        if (!CONFIGURED.compareAndSet(false, true)) {
            return;
        }
        HanLP.Config.ShowTermNature = true;
        for (String name : personNames) {
            CustomDictionary.insert(name, "nr 1024");
        }
        for (String word : otherWords) {
            CustomDictionary.insert(word, "nz 1024");
        }
    }

    /** A segmenter with person and place recognition, as the extractor uses it. */
    public static HanLpSegmenter create() {
        Segment seg = HanLP.newSegment("viterbi")
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(true)
                .enableOffset(true);
        return new HanLpSegmenter(seg);
    }

    @Override
    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return tokens;
    }
}
