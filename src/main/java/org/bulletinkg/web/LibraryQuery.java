package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of the library (queries/NAME.rq) as the library page shows it: its question, parameters and answer
 * from the header comment, and its parameters as form fields (the one-value VALUES lines of the variables the
 * header names).
 */
public record LibraryQuery(String name, String question, String parametersText, String answer, String text,
                           List<Parameter> parameters) {
    public LibraryQuery {
        parameters = List.copyOf(parameters);
    }

    private static final Pattern VALUES = Pattern.compile("^(\\s*VALUES\\s+\\?(\\w+)\\s*\\{\\s*)(.+?)(\\s*\\}\\s*)$");

    /**
     * A parameter: the variable, the example value as the form shows it, and how a typed value becomes a
     * SPARQL term again ({@link Parameter.Kind}), with the line it stands on.
     */
    public record Parameter(String variable, String example, Kind kind, String lang, int line) {
        public enum Kind { STRING, NUMBER, IRI, PREFIXED, OPEN }

        public String kindName() {
            return kind.name().toLowerCase();
        }
    }

    static LibraryQuery parse(String name, String text) {
        List<String> header = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#"))
                break;
            header.add(line.substring(1).strip().isEmpty() ? "" : line.substring(1));
        }
        String question = section(header, "Question:");
        String parameters = section(header, "Parameters:");
        String answer = section(header, "Answer:");
        List<Parameter> params = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = VALUES.matcher(lines[i]);
            if (!m.matches() || !parameters.contains("?" + m.group(2)))
                continue;
            String term = m.group(3).strip();
            if (term.contains(" ") && !term.startsWith("\""))
                continue; // several values: part of the query, not a parameter
            params.add(parameter(m.group(2), term, i));
        }
        return new LibraryQuery(name, question, parameters, answer, text, params);
    }

    private static Parameter parameter(String var, String term, int line) {
        Matcher lit = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"(?:@([\\w-]+))?$").matcher(term);
        if (lit.matches())
            return new Parameter(var, lit.group(1).replace("\\\"", "\"").replace("\\\\", "\\"), Parameter.Kind.STRING,
                    lit.group(2) == null ? "" : lit.group(2), line);
        if (term.equals("UNDEF"))
            return new Parameter(var, "", Parameter.Kind.OPEN, "", line);
        if (term.startsWith("<") && term.endsWith(">"))
            return new Parameter(var, term.substring(1, term.length() - 1), Parameter.Kind.IRI, "", line);
        if (term.matches("-?\\d+(\\.\\d+)?"))
            return new Parameter(var, term, Parameter.Kind.NUMBER, "", line);
        return new Parameter(var, term, Parameter.Kind.PREFIXED, "", line);
    }

    /** The header's text from {@code label} to the next section (Question:, Parameters:, Answer:). */
    private static String section(List<String> header, String label) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : header) {
            String t = line.strip();
            if (t.startsWith("Question:") || t.startsWith("Parameters:") || t.startsWith("Answer:")) {
                if (in)
                    break;
                if (t.startsWith(label)) {
                    in = true;
                    t = t.substring(label.length()).strip();
                    if (!t.isEmpty())
                        out.append(t);
                    continue;
                }
            }
            if (in) {
                if (t.isEmpty() || t.startsWith("How it runs"))
                    break;
                if (out.length() > 0)
                    out.append('\n');
                out.append(t);
            }
        }
        return out.toString();
    }
}
