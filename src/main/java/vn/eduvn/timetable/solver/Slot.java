package vn.eduvn.timetable.solver;

/** A period of the week: a day, a session of that day and a period of the session (from 1). */
public record Slot(int day, int session, int period, String dayName, String sessionName) {

    /** A number that orders slots and keeps different sessions apart: periods overlap only within a session. */
    public int key() {
        return day * 1000 + session * 100 + period;
    }
}
