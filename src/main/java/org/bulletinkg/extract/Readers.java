package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.nlp.Segmenter;

/**
 * The rule readers, by name, in their standard order, and any a {@link ReaderProvider} on the class path adds.
 * {@code build --readers a,b,…} chooses others at run time (a statistical recogniser can take the place of one
 * that provides the same slots).
 */
public final class Readers {
    /** The standard readers, in order. */
    public static final List<String> STANDARD = List.of("credits", "jurisdiction", "names", "roles", "documents",
            "study-session", "meetings", "dates", "frames", "division-names", "places", "organizations", "strategies");

    private Readers() {
    }

    /** The named readers, in the order given; an unknown name is an error that lists the known ones. */
    public static List<Reader> choose(List<String> names, Segmenter segmenter, Lexicon lexicon) {
        Map<String, Reader> all = all(segmenter, lexicon);
        List<Reader> out = new ArrayList<>();
        for (String n : names) {
            Reader r = all.get(n.strip());
            if (r == null) {
                throw new BulletinKgException("unknown extraction reader '" + n + "'; known: " + String.join(", ", all.keySet()));
            }
            out.add(r);
        }
        return out;
    }

    private static Map<String, Reader> all(Segmenter segmenter, Lexicon lexicon) {
        Gazetteer gazetteer = Gazetteer.standard();
        ReporterReader credits = new ReporterReader(lexicon);
        JurisdictionReader jurisdictions = new JurisdictionReader(gazetteer);
        NameReader names = new NameReader(segmenter, lexicon);
        RoleReader roles = new RoleReader();
        DocumentReader documents = new DocumentReader();
        StudySessionReader study = new StudySessionReader();
        MeetingRecognizer meetings = new MeetingRecognizer();
        DateReader dates = new DateReader();
        FrameBinder frames = new FrameBinder();
        DivisionReader divisions = DivisionReader.standard();
        ZoneReader zones = new ZoneReader();
        MentionReader mentions = new MentionReader(lexicon);
        Map<String, Reader> m = new LinkedHashMap<>();
        add(m, "credits", Set.of(), Set.of(Slots.CREDITS), a -> a.with(Slots.CREDITS, credits.read(a.bulletin())));
        add(m, "jurisdiction", Set.of(), Set.of(Slots.JURISDICTION),
                a -> a.with(Slots.JURISDICTION, jurisdictions.find(a.bulletin())));
        add(m, "names", Set.of(Slots.CREDITS), Set.of(Slots.NAMES, Slots.PEOPLE), a -> {
            List<NameMention> found = names.names(a.bulletin(), a.get(Slots.CREDITS));
            return a.with(Slots.NAMES, found).with(Slots.PEOPLE, NameReader.people(found, a.get(Slots.CREDITS)));
        });
        add(m, "roles", Set.of(Slots.NAMES), Set.of(Slots.PARTICIPATION),
                a -> a.with(Slots.PARTICIPATION, roles.read(a.bulletin(), a.get(Slots.NAMES))));
        add(m, "documents", Set.of(), Set.of(Slots.DOCUMENTS), a -> a.with(Slots.DOCUMENTS, documents.read(a.bulletin())));
        add(m, "study-session", Set.of(Slots.PARTICIPATION), Set.of(Slots.STUDY), a -> {
            StudySession s = study.read(a.bulletin(), a.get(Slots.PARTICIPATION));
            return a.with(Slots.STUDY, s == null ? List.of() : List.of(s));
        });
        add(m, "meetings", Set.of(Slots.JURISDICTION), Set.of(Slots.MEETING_NAMES), a -> {
            JurisdictionReader.Found j = a.get(Slots.JURISDICTION);
            String name = j != null ? j.division().name() : a.bulletin().metadata().jurisdiction();
            return a.with(Slots.MEETING_NAMES, meetings.recognize(a.bulletin(), name));
        });
        add(m, "dates", Set.of(Slots.MEETING_NAMES), Set.of(Slots.DATES), a -> {
            Map<MeetingMention, DateReader.Dated> d = new LinkedHashMap<>();
            for (MeetingMention mm : a.get(Slots.MEETING_NAMES)) {
                DateReader.Dated dated = dates.read(a.bulletin(), mm);
                if (dated != null) {
                    d.put(mm, dated);
                }
            }
            return a.with(Slots.DATES, java.util.Collections.unmodifiableMap(DateReader.shareWithinSentences(a.bulletin(), d)));
        });
        add(m, "frames", Set.of(Slots.MEETING_NAMES, Slots.DATES, Slots.PARTICIPATION, Slots.DOCUMENTS, Slots.STUDY),
                Set.of(Slots.MEETINGS), a -> {
                    List<StudySession> s = a.get(Slots.STUDY);
                    return a.with(Slots.MEETINGS, frames.bind(a.bulletin(), a.get(Slots.MEETING_NAMES), a.get(Slots.DATES),
                            a.get(Slots.PARTICIPATION), a.get(Slots.DOCUMENTS), s.isEmpty() ? null : s.get(0)));
                });
        add(m, "division-names", Set.of(), Set.of(Slots.DIVISION_NAMES),
                a -> a.with(Slots.DIVISION_NAMES, divisions.occurrences(a.bulletin())));
        add(m, "places", Set.of(Slots.JURISDICTION, Slots.DIVISION_NAMES), Set.of(Slots.PLACES), a -> {
            JurisdictionReader.Found j = a.get(Slots.JURISDICTION);
            Gazetteer.Division d = j == null ? null : j.division();
            boolean[] taken = new boolean[a.bulletin().text().length()];
            DivisionReader.Occurrences named = a.get(Slots.DIVISION_NAMES);
            List<Mention> places = new ArrayList<>(divisions.read(named, d, taken, true));
            places.addAll(mentions.places(a.bulletin(), taken, named.inTitleMarks()));
            for (Mention zone : zones.read(a.bulletin(), taken, named.inTitleMarks())) {
                // 河津经济开发区 lies in 河津市: a zone named after a division is placed in it
                Gazetteer.Division in = zone.key() == null ? divisions.leadingDivision(zone.canonical(), d) : null;
                places.add(in == null ? zone : zone.within(org.bulletinkg.resolve.Iris.division(in.code())));
            }
            places.addAll(divisions.read(named, d, taken, false));
            return a.with(Slots.PLACES, onePerPlace(places));
        });
        add(m, "organizations", Set.of(Slots.PEOPLE, Slots.JURISDICTION, Slots.MEETINGS, Slots.DIVISION_NAMES),
                Set.of(Slots.ORGANIZATIONS), a -> {
            JurisdictionReader.Found j = a.get(Slots.JURISDICTION);
            return a.with(Slots.ORGANIZATIONS, mentions.organizations(a.bulletin(), a.get(Slots.PEOPLE),
                    j == null ? null : j.division(), a.get(Slots.MEETINGS), a.get(Slots.DIVISION_NAMES)));
        });
        add(m, "strategies", Set.of(), Set.of(Slots.STRATEGIES), a -> a.with(Slots.STRATEGIES, mentions.strategies(a.bulletin())));
        for (ReaderProvider p : java.util.ServiceLoader.load(ReaderProvider.class)) {
            if (m.containsKey(p.name())) {
                throw new BulletinKgException("extraction reader " + p.name() + " of " + p.getClass().getName()
                        + " has the name of a reader of the program");
            }
            m.put(p.name(), p.create(segmenter, lexicon));
        }
        return m;
    }

    /** The first mention of each place (a division read by its full name and then by its short form is one place). */
    private static List<Mention> onePerPlace(List<Mention> places) {
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention p : places) {
            first.putIfAbsent(p.key() != null ? p.key() : p.canonical(), p);
        }
        return List.copyOf(first.values());
    }

    private static void add(Map<String, Reader> m, String name, Set<Slot<?>> requires, Set<Slot<?>> provides,
                            Function<Annotations, Annotations> read) {
        m.put(name, new Reader() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Slot<?>> requires() {
                return requires;
            }

            @Override
            public Set<Slot<?>> provides() {
                return provides;
            }

            @Override
            public Annotations read(Annotations in) {
                return read.apply(in);
            }
        });
    }
}
