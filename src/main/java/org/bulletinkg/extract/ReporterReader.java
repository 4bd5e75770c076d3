package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Bylines: （记者 唐炜）, （记者 陆晨 通讯员 何佳）, （通讯员 赵一鸣 田甜）, 文/司马婧, ■林晓雯.
 * 记者 and 通讯员 become the person's post; 文/ and ■ name a writer without one.
 */
final class ReporterReader {
    private static final Pattern BRACKETED = Pattern.compile("[（(]((?:记者|通讯员|摄影|摄像|编辑)[^（）()]{1,60})[）)]");
    private static final Pattern WRITER = Pattern.compile("^(?:文\\s*[/／:：]\\s*|■\\s*|本报记者\\s*)([\\p{IsHan}]{2,4}(?:[\\s、，][\\p{IsHan}]{2,4})*)\\s*$");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}");
    /** Words of a byline: split at spaces, colons and 、 (（记者：王明、李华）). */
    private static final Pattern WORDS = Pattern.compile("[^\\s　:：、，,]+");

    List<PersonFact> read(Bulletin b) {
        List<PersonFact> out = new ArrayList<>();
        String text = b.text();
        for (Span p : b.paragraphs()) {
            if (p.index() == 0) {
                continue;
            }
            String para = b.textOf(p);
            Matcher m = BRACKETED.matcher(para);
            while (m.find()) {
                String role = null;
                int base = p.start() + m.start(1);
                Matcher words = WORDS.matcher(m.group(1));
                while (words.find()) {
                    String w = words.group();
                    if (List.of("记者", "通讯员", "摄影", "摄像", "编辑").contains(w)) {
                        role = w;
                    } else if (NAME.matcher(w).matches()) {
                        int s = base + words.start();
                        Evidence ev = new Evidence(s, s + w.length(), "byline", 0.95);
                        List<PostFact> posts = role == null ? List.of() : List.of(new PostFact(role, null, ev));
                        out.add(new PersonFact(w, posts, ev));
                    }
                }
            }
            // a writer's line stands right under the title or at the end
            boolean bylinePlace = p.index() == 1 || p.index() >= b.paragraphs().size() - 2;
            Matcher w = WRITER.matcher(para.strip());
            if (bylinePlace && w.find()) {
                Matcher names = NAME.matcher(w.group(1));
                int base = text.indexOf(w.group(1), p.start());
                while (names.find()) {
                    int s = base + names.start();
                    out.add(new PersonFact(names.group(), List.of(),
                            new Evidence(s, s + names.group().length(), "byline-writer", 0.9)));
                }
            }
        }
        return out;
    }
}
