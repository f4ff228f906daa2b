package org.tumen.core.place;

import java.util.List;
import java.util.Map;

/** The words of reason sentences: events as short phrases, states by name. */
final class Phrases {
    private static final Map<String, String> STATES = Map.of(
            "PRK", "the DPRK",
            "RUS", "Russia",
            "CHN", "China",
            "KOR", "South Korea",
            "USA", "the United States",
            "JPN", "Japan");

    private Phrases() {}

    static String state(String code) {
        return STATES.getOrDefault(code, code);
    }

    static String states(List<String> codes) {
        return String.join(" and ", codes.stream().map(Phrases::state).toList());
    }

    static String of(ActivityEvent e) {
        return switch (e.type()) {
            case "CROSSING" -> crossing(e);
            case "TRANSFER" -> transfer(e);
            default -> statusChange(e);
        };
    }

    private static String crossing(ActivityEvent e) {
        String what =
                e.role("vehicle") != null ? e.role("vehicle") : e.role("item") != null ? e.role("item") : "traffic";
        return what + " crossed" + fromTo(e.parties("from"), e.parties("to"));
    }

    private static String transfer(ActivityEvent e) {
        Object q = e.roles().get("quantity");
        String item = e.role("item") != null ? e.role("item") : "goods";
        String mode = e.role("mode") != null ? " by " + e.role("mode") : "";
        return (q instanceof Number n ? n + " " : "") + item + " sent"
                + fromTo(e.parties("supplier"), e.parties("recipient")) + mode;
    }

    private static String statusChange(ActivityEvent e) {
        String subject = e.role("subject") != null ? e.role("subject") : "traffic";
        List<String> actors = e.parties("actor");
        return subject + " " + (e.role("state") != null ? e.role("state") : "changed")
                + (actors.isEmpty() ? "" : " (" + states(actors) + ")");
    }

    private static String fromTo(List<String> from, List<String> to) {
        return (from.isEmpty() ? "" : " from " + states(from)) + (to.isEmpty() ? "" : " to " + states(to));
    }

    /** "it was closed by the DPRK in February 2020". */
    static String closure(Sighting closure) {
        List<String> actors = closure.event().parties("actor");
        return "it was " + closure.state() + (actors.isEmpty() ? "" : " by " + states(actors)) + " in "
                + Edtf.words(closure.when());
    }
}
