package vn.eduvn.timetable.fet;

import static vn.eduvn.timetable.fet.FetWriter.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.solver.Block;
import vn.eduvn.timetable.solver.Timetable;
import vn.eduvn.timetable.solver.TimetableModel;

/**
 * Writes a problem as a FET 6 file ({@code .fet}) that FET solves under the same hard rules: one activity per
 * block of the planning model (activity id = its position + 1, so a FET timetable maps back block by block),
 * split lessons grouped with one day between their parts, fixed periods locked, unavailable times of teachers
 * and of classes outside their sessions, teachers' daily and weekly limits, classes without gaps (no gap and no
 * late beginning), and each shared room as as many FET rooms as its capacity. The format's soft rules have no
 * FET counterpart FET accepts below 100 % (it refuses a teachers' gaps constraint that is not compulsory), so
 * FET gets the hard rules only and its timetable is scored by the format's table afterwards.
 */
public final class FetExport {

    private final StringBuilder xml = new StringBuilder(64 * 1024);

    private FetExport() {}

    /** The hour names FET uses: the period number, prefixed by the session when there are several. */
    public static List<String> hours(TimetableProblem problem) {
        List<String> hours = new ArrayList<>();
        boolean several = problem.periodsPerSession().size() > 1;
        problem.periodsPerSession().forEach((session, periods) -> {
            for (int p = 1; p <= periods; p++) {
                hours.add(several ? session + " " + p : String.valueOf(p));
            }
        });
        return hours;
    }

    public static String write(TimetableProblem problem) {
        return new FetExport().document(problem);
    }

    private String document(TimetableProblem p) {
        Timetable model = TimetableModel.of(p).planningProblem();
        List<String> hours = hours(p);
        line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line("<fet version=\"6.8.5\">");
        tag("Institution_Name", p.name());
        line("<Days_List>");
        tag("Number_of_Days", String.valueOf(p.days().size()));
        p.days().forEach(d -> line("<Day><Name>" + esc(d) + "</Name></Day>"));
        line("</Days_List>");
        line("<Hours_List>");
        tag("Number_of_Hours", String.valueOf(hours.size()));
        hours.forEach(h -> line("<Hour><Name>" + esc(h) + "</Name></Hour>"));
        line("</Hours_List>");
        Set<String> subjects = new LinkedHashSet<>();
        p.lessons().forEach(l -> subjects.add(l.subject()));
        line("<Subjects_List>");
        subjects.forEach(s -> line("<Subject><Name>" + esc(s) + "</Name></Subject>"));
        line("</Subjects_List>");
        line("<Activity_Tags_List></Activity_Tags_List>");
        line("<Teachers_List>");
        p.teachers().forEach(t -> line("<Teacher><Name>" + esc(t.id()) + "</Name></Teacher>"));
        line("</Teachers_List>");
        line("<Students_List>");
        p.classes()
                .forEach(c -> line(
                        "<Year><Name>" + esc(c.id()) + "</Name><Number_of_Students>0</Number_of_Students></Year>"));
        line("</Students_List>");
        line("<Activities_List>");
        Map<String, List<Integer>> idsByLesson = new LinkedHashMap<>();
        List<Block> blocks = model.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            idsByLesson
                    .computeIfAbsent(blocks.get(i).lesson().id(), k -> new ArrayList<>())
                    .add(i + 1);
        }
        Map<String, TimetableProblem.Lesson> lessons = new LinkedHashMap<>();
        p.lessons().forEach(l -> lessons.put(l.id(), l));
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<Integer> group = idsByLesson.get(b.lesson().id());
            TimetableProblem.Lesson l = lessons.get(b.lesson().id());
            line("<Activity>");
            tag("Teacher", l.teacher());
            tag("Subject", l.subject());
            tag("Students", l.classId());
            tag("Duration", String.valueOf(b.length()));
            tag("Total_Duration", String.valueOf(l.periodsPerWeek()));
            tag("Id", String.valueOf(i + 1));
            tag("Activity_Group_Id", String.valueOf(group.size() > 1 ? group.get(0) : 0));
            tag("Active", "true");
            line("</Activity>");
        }
        line("</Activities_List>");
        line("<Buildings_List></Buildings_List>");
        line("<Rooms_List>");
        Map<String, List<String>> roomCopies = new LinkedHashMap<>();
        (p.rooms() == null ? List.<TimetableProblem.Room>of() : p.rooms()).forEach(r -> {
            int capacity = r.capacity() == null ? 1 : r.capacity();
            for (int c = 1; c <= capacity; c++) {
                String name = capacity == 1 ? r.id() : r.id() + "#" + c;
                roomCopies.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(name);
                line("<Room><Name>" + esc(name)
                        + "</Name><Building></Building><Capacity>1000</Capacity><Virtual>false</Virtual></Room>");
            }
        });
        line("</Rooms_List>");

        line("<Time_Constraints_List>");
        line(
                "<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>");
        for (var t : p.teachers()) {
            List<String[]> off = new ArrayList<>();
            for (var u : t.unavailable() == null ? List.<TimetableProblem.Unavailable>of() : t.unavailable()) {
                int offset = offset(p, u.session());
                int periods = p.periodsPerSession().get(u.session());
                for (int q = 1; q <= periods; q++) {
                    if (u.period() == null || u.period() == q) {
                        off.add(new String[] {u.day(), hours.get(offset + q - 1)});
                    }
                }
            }
            notAvailable("ConstraintTeacherNotAvailableTimes", "Teacher", t.id(), off);
            if (t.maxPeriodsPerDay() != null) {
                line("<ConstraintTeacherMaxHoursDaily><Weight_Percentage>100</Weight_Percentage><Teacher_Name>"
                        + esc(t.id()) + "</Teacher_Name><Maximum_Hours_Daily>" + t.maxPeriodsPerDay()
                        + "</Maximum_Hours_Daily><Active>true</Active></ConstraintTeacherMaxHoursDaily>");
            }
            if (t.maxDaysPerWeek() != null) {
                line("<ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Teacher_Name>"
                        + esc(t.id()) + "</Teacher_Name><Max_Days_Per_Week>" + t.maxDaysPerWeek()
                        + "</Max_Days_Per_Week><Active>true</Active></ConstraintTeacherMaxDaysPerWeek>");
            }
        }
        for (var c : p.classes()) {
            List<String[]> off = new ArrayList<>();
            for (String session : p.periodsPerSession().keySet()) {
                if (!c.sessions().contains(session)) {
                    int offset = offset(p, session);
                    for (String day : p.days()) {
                        for (int q = 1; q <= p.periodsPerSession().get(session); q++) {
                            off.add(new String[] {day, hours.get(offset + q - 1)});
                        }
                    }
                }
            }
            notAvailable("ConstraintStudentsSetNotAvailableTimes", "Students", c.id(), off);
            if (Boolean.TRUE.equals(c.noGaps())) {
                line(
                        "<ConstraintStudentsSetMaxGapsPerWeek><Weight_Percentage>100</Weight_Percentage><Max_Gaps>0</Max_Gaps><Students>"
                                + esc(c.id())
                                + "</Students><Active>true</Active></ConstraintStudentsSetMaxGapsPerWeek>");
                line(
                        "<ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour><Weight_Percentage>100</Weight_Percentage><Max_Beginnings_At_Second_Hour>0</Max_Beginnings_At_Second_Hour><Students>"
                                + esc(c.id())
                                + "</Students><Active>true</Active></ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour>");
            }
        }
        idsByLesson.forEach((lesson, ids) -> {
            var l = blocks.get(ids.get(0) - 1).lesson();
            if (ids.size() > 1 && (l.inBlocks() || l.maxPerDay() == 1)) {
                StringBuilder c = new StringBuilder(
                        "<ConstraintMinDaysBetweenActivities><Weight_Percentage>100</Weight_Percentage><Consecutive_If_Same_Day>false</Consecutive_If_Same_Day><Number_of_Activities>"
                                + ids.size() + "</Number_of_Activities>");
                ids.forEach(id -> c.append("<Activity_Id>").append(id).append("</Activity_Id>"));
                c.append("<MinDays>1</MinDays><Active>true</Active></ConstraintMinDaysBetweenActivities>");
                line(c.toString());
            }
        });
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.pinned()) {
                line(
                        "<ConstraintActivityPreferredStartingTime><Weight_Percentage>100</Weight_Percentage><Activity_Id>"
                                + (i + 1)
                                + "</Activity_Id><Preferred_Day>"
                                + esc(b.start().dayName()) + "</Preferred_Day><Preferred_Hour>"
                                + esc(hours.get(offset(p, b.start().sessionName())
                                        + b.start().period()
                                        - 1))
                                + "</Preferred_Hour><Permanently_Locked>true</Permanently_Locked><Active>true</Active></ConstraintActivityPreferredStartingTime>");
            }
        }
        line("</Time_Constraints_List>");
        line("<Space_Constraints_List>");
        line(
                "<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsorySpace>");
        for (int i = 0; i < blocks.size(); i++) {
            String room = blocks.get(i).lesson().room();
            if (room != null) {
                List<String> copies = roomCopies.get(room);
                StringBuilder c = new StringBuilder(
                        "<ConstraintActivityPreferredRooms><Weight_Percentage>100</Weight_Percentage><Activity_Id>"
                                + (i + 1) + "</Activity_Id><Number_of_Preferred_Rooms>" + copies.size()
                                + "</Number_of_Preferred_Rooms>");
                copies.forEach(r -> c.append("<Preferred_Room>").append(esc(r)).append("</Preferred_Room>"));
                c.append("<Active>true</Active></ConstraintActivityPreferredRooms>");
                line(c.toString());
            }
        }
        line("</Space_Constraints_List>");
        line("</fet>");
        return xml.toString();
    }

    private void notAvailable(String constraint, String whoTag, String who, List<String[]> times) {
        if (times.isEmpty()) {
            return;
        }
        StringBuilder c = new StringBuilder("<" + constraint + "><Weight_Percentage>100</Weight_Percentage><" + whoTag
                + ">" + esc(who) + "</" + whoTag + "><Number_of_Not_Available_Times>" + times.size()
                + "</Number_of_Not_Available_Times>");
        times.forEach(t -> c.append("<Not_Available_Time><Day>")
                .append(esc(t[0]))
                .append("</Day><Hour>")
                .append(esc(t[1]))
                .append("</Hour></Not_Available_Time>"));
        c.append("<Active>true</Active></").append(constraint).append(">");
        line(c.toString());
    }

    /** How many hours of the day come before the session. */
    private static int offset(TimetableProblem p, String session) {
        int offset = 0;
        for (var e : p.periodsPerSession().entrySet()) {
            if (e.getKey().equals(session)) {
                return offset;
            }
            offset += e.getValue();
        }
        throw new IllegalArgumentException(session);
    }

    private void tag(String name, String value) {
        line("<" + name + ">" + esc(value) + "</" + name + ">");
    }

    private void line(String s) {
        xml.append(s).append('\n');
    }
}
