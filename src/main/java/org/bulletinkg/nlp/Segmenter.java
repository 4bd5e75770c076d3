package org.bulletinkg.nlp;

import java.util.List;

/** Cuts Chinese text into words with part-of-speech tags; offsets point into the given text. */
public interface Segmenter {
    List<Token> segment(String text);
}
