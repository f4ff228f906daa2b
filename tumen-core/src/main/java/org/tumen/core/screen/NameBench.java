package org.tumen.core.screen;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The name-matching evaluation: {@link NameMatcher} on nomenklatura's name_bench pairs, beside OpenSanctions
 * logic-v2's committed per-case decisions on the same pairs.
 *
 * <p>How the threshold is chosen and scored without looking at the labels it is scored on: {@link #crossValidated}
 * splits every case group into {@link #FOLDS} contiguous blocks (neighbouring pairs in the file are often variants
 * of one name, so they stay in one fold), and for each fold fits the best-F1 threshold ({@link #fit}) on the other
 * folds and scores the held-out fold; the pooled out-of-fold counts are the headline figures. {@link #crossFit}
 * does the same across the two kinds of data: fitted on the hand-made groups ({@code nk_checks},
 * {@code nk_unit_tests}) and scored on the synthetic LLM-proposed ones ({@code synth_people},
 * {@code synth_companies}), and the reverse. {@link NameMatcher#THRESHOLD} is the same procedure run on all pairs
 * — what screening uses; figures at it are in-sample and reported as such.
 */
public final class NameBench {
    public static final String CASES = "nomenklatura_name_bench_cases.csv";
    public static final String LOGIC_V2 = "nomenklatura_name_bench_logicv2-frozen.csv";
    public static final String PUTIN = "nomenklatura_putin_names.txt";

    /** One labelled pair. */
    public record Case(String group, String schema, String name1, String name2, boolean match) {
        public boolean handMade() {
            return group.equals("nk_checks") || group.equals("nk_unit_tests");
        }

        public boolean synthetic() {
            return group.startsWith("synth_");
        }
    }

    /** Precision, recall and F1 from counts. */
    public record Prf(int n, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("n=%d P %.3f R %.3f F1 %.3f", n, precision(), recall(), f1());
        }
    }

    private NameBench() {}

    public static List<Case> cases(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        for (CSVRecord r : csv(dir.resolve(CASES)))
            out.add(new Case(
                    r.get("case_group"),
                    r.get("schema"),
                    r.get("name1"),
                    r.get("name2"),
                    r.get("is_match").equals("true")));
        return out;
    }

    /** logic-v2's decision per (name1, name2), from its committed run; cases it did not run are absent. */
    public static Map<List<String>, Boolean> logicV2(Path dir) throws IOException {
        Map<List<String>, Boolean> out = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve(LOGIC_V2)))
            out.putIfAbsent(
                    List.of(r.get("name1").strip(), r.get("name2").strip()),
                    r.get("predicted_match").equals("true"));
        return out;
    }

    public static double[] scores(List<Case> cases) {
        double[] s = new double[cases.size()];
        for (int i = 0; i < s.length; i++) {
            Case c = cases.get(i);
            s[i] = NameMatcher.score(c.name1(), c.name2(), c.schema()).value();
        }
        return s;
    }

    public static Prf prf(List<Case> cases, double[] scores, double threshold, Predicate<Case> which) {
        int n = 0, tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (!which.test(c)) continue;
            n++;
            boolean p = scores[i] >= threshold;
            if (p && c.match()) tp++;
            if (p && !c.match()) fp++;
            if (!p && c.match()) fn++;
        }
        return new Prf(n, tp, fp, fn);
    }

    /** The number of cross-validation folds. */
    public static final int FOLDS = 5;

    /** The best-F1 threshold over the selected cases, on a 0.50–0.99 grid of 0.01; ties go to the higher one. */
    public static double fit(List<Case> cases, double[] scores, Predicate<Case> which) {
        double best = 0.5, bestF1 = -1;
        for (int t = 50; t <= 99; t++) {
            double f1 = prf(cases, scores, t / 100.0, which).f1();
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** The production threshold: {@link #fit} on all pairs. */
    public static double chooseThreshold(List<Case> cases, double[] scores) {
        return fit(cases, scores, c -> true);
    }

    /** Each case's fold: its group cut into {@link #FOLDS} contiguous blocks in file order. */
    public static int[] folds(List<Case> cases) {
        Map<String, Integer> size = new HashMap<>();
        for (Case c : cases) size.merge(c.group(), 1, Integer::sum);
        Map<String, Integer> seen = new HashMap<>();
        int[] fold = new int[cases.size()];
        for (int i = 0; i < fold.length; i++) {
            String g = cases.get(i).group();
            int pos = seen.merge(g, 1, Integer::sum) - 1;
            fold[i] = (int) ((long) pos * FOLDS / size.get(g));
        }
        return fold;
    }

    /** Out-of-fold results: per case, the decision at the threshold fitted on the other folds. */
    public record OutOfFold(boolean[] predicted, double[] thresholds) {
        public Prf prf(List<Case> cases, Predicate<Case> which) {
            int n = 0, tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                if (!which.test(c)) continue;
                n++;
                if (predicted[i] && c.match()) tp++;
                if (predicted[i] && !c.match()) fp++;
                if (!predicted[i] && c.match()) fn++;
            }
            return new Prf(n, tp, fp, fn);
        }
    }

    /** {@link #FOLDS}-fold cross-validation of the threshold, folds stratified by case group. */
    public static OutOfFold crossValidated(List<Case> cases, double[] scores) {
        int[] fold = folds(cases);
        boolean[] predicted = new boolean[cases.size()];
        double[] thresholds = new double[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            final int held = f;
            int[] idx = {0};
            Map<Case, Integer> index = new java.util.IdentityHashMap<>();
            for (Case c : cases) index.put(c, idx[0]++);
            double t = fit(cases, scores, c -> fold[index.get(c)] != held);
            thresholds[f] = t;
            for (int i = 0; i < cases.size(); i++) if (fold[i] == held) predicted[i] = scores[i] >= t;
        }
        return new OutOfFold(predicted, thresholds);
    }

    /** Fitted on one kind of data, scored on the other: hand-made → synthetic and synthetic → hand-made. */
    public static Map<String, Prf> crossFit(List<Case> cases, double[] scores) {
        Map<String, Prf> out = new LinkedHashMap<>();
        double th = fit(cases, scores, Case::handMade);
        double ts = fit(cases, scores, Case::synthetic);
        out.put(String.format("synthetic at %.2f (fitted on hand-made)", th), prf(cases, scores, th, Case::synthetic));
        out.put(String.format("hand-made at %.2f (fitted on synthetic)", ts), prf(cases, scores, ts, Case::handMade));
        return out;
    }

    /** logic-v2's P/R/F1 on the cases of ours it also ran, per group. */
    public static Prf baseline(List<Case> cases, Map<List<String>, Boolean> v2, Predicate<Case> which) {
        int n = 0, tp = 0, fp = 0, fn = 0;
        for (Case c : cases) {
            Boolean p = v2.get(List.of(c.name1().strip(), c.name2().strip()));
            if (p == null || !which.test(c)) continue;
            n++;
            if (p && c.match()) tp++;
            if (p && !c.match()) fp++;
            if (!p && c.match()) fn++;
        }
        return new Prf(n, tp, fp, fn);
    }

    /** The share of the Putin surface forms that match "Vladimir Putin" at the threshold. */
    public static double putinShare(Path dir, double threshold) throws IOException {
        List<String> names = Files.readAllLines(dir.resolve(PUTIN), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        long hit = names.stream()
                .filter(n -> NameMatcher.score(n, "Vladimir Putin", "Person").value() >= threshold)
                .count();
        return (double) hit / names.size();
    }

    /** The whole report, as docs/quality.md shows it. */
    public static Map<String, String> report(Path dir) throws IOException {
        List<Case> cases = cases(dir);
        double[] s = scores(cases);
        double t = chooseThreshold(cases, s);
        Map<List<String>, Boolean> v2 = logicV2(dir);
        Map<String, String> out = new LinkedHashMap<>();
        OutOfFold cv = crossValidated(cases, s);
        out.put("CV fold thresholds", java.util.Arrays.toString(cv.thresholds()));
        out.put("all (Tumen, " + FOLDS + "-fold CV)", cv.prf(cases, c -> true).toString());
        out.put("hand-made (Tumen, CV)", cv.prf(cases, Case::handMade).toString());
        out.put("synthetic (Tumen, CV)", cv.prf(cases, Case::synthetic).toString());
        out.put(
                "other groups (Tumen, CV)",
                cv.prf(cases, c -> !c.handMade() && !c.synthetic()).toString());
        out.put(
                "same pairs as logic-v2 (Tumen, CV)",
                cv.prf(
                                cases,
                                c -> v2.containsKey(
                                        List.of(c.name1().strip(), c.name2().strip())))
                        .toString());
        crossFit(cases, s).forEach((k, v) -> out.put("cross-fit " + k, v.toString()));
        out.put("threshold (best F1 on all pairs)", String.format("%.2f", t));
        out.put("threshold in NameMatcher.THRESHOLD", String.format("%.2f", NameMatcher.THRESHOLD));
        double th = NameMatcher.THRESHOLD;
        out.put(
                "all (Tumen, in-sample at THRESHOLD)",
                prf(cases, s, th, c -> true).toString());
        out.put("hand-made (Tumen)", prf(cases, s, th, Case::handMade).toString());
        out.put("synthetic (Tumen)", prf(cases, s, th, Case::synthetic).toString());
        out.put(
                "other groups (Tumen)",
                prf(cases, s, th, c -> !c.handMade() && !c.synthetic()).toString());
        out.put("all (logic-v2, pairs it ran)", baseline(cases, v2, c -> true).toString());
        out.put("hand-made (logic-v2)", baseline(cases, v2, Case::handMade).toString());
        out.put("synthetic (logic-v2)", baseline(cases, v2, Case::synthetic).toString());
        out.put(
                "all (Tumen, same pairs as logic-v2)",
                prf(
                                cases,
                                s,
                                th,
                                c -> v2.containsKey(
                                        List.of(c.name1().strip(), c.name2().strip())))
                        .toString());
        out.put("Putin surface forms matched", String.format("%.3f", putinShare(dir, th)));
        return out;
    }

    /** Prints the report; with {@code --errors} also every wrong decision on the hand-made groups. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/eval/name-matching");
        report(dir).forEach((k, v) -> System.out.println(k + ": " + v));
        if (args.length > 1) {
            List<Case> cases = cases(dir);
            String which = args[1];
            for (Case c : cases) {
                if (which.equals("--errors") && !c.handMade()) continue;
                var sc = NameMatcher.score(c.name1(), c.name2(), c.schema());
                if (sc.match() != c.match())
                    System.out.printf(
                            "%s %s %.2f %s | %s  %s%n",
                            c.match() ? "FN" : "FP", c.group(), sc.value(), c.name1(), c.name2(), sc.features());
            }
        }
        if (args.length > 2 && args[2].equals("--putin")) {
            for (String n : Files.readAllLines(dir.resolve(PUTIN))) {
                var sc = NameMatcher.score(n, "Vladimir Putin", "Person");
                if (!sc.match()) System.out.printf("miss %.2f %s %s%n", sc.value(), n, sc.features());
            }
        }
    }

    private static Iterable<CSVRecord> csv(Path file) throws IOException {
        Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(r)
                .getRecords();
    }
}
