package vn.eduvn.timetable.fet;

import java.util.List;
import vn.eduvn.timetable.fet.FetFile.Activity;
import vn.eduvn.timetable.fet.FetFile.Group;
import vn.eduvn.timetable.fet.FetFile.Node;
import vn.eduvn.timetable.fet.FetFile.Subgroup;
import vn.eduvn.timetable.fet.FetFile.Year;

/**
 * Writes a {@link FetFile} as a {@code .fet} file FET opens: the sections in FET's order, each constraint and room
 * as it was read, so reading the written file gives the same {@link FetFile}.
 */
public final class FetWriter {

    private final StringBuilder xml = new StringBuilder(256 * 1024);

    private FetWriter() {}

    public static String write(FetFile file) {
        return new FetWriter().document(file);
    }

    private String document(FetFile f) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<fet version=\"")
                .append(esc(f.version().isBlank() ? "6.8.5" : f.version()))
                .append("\">\n");
        leaf("Institution_Name", f.institution(), 0);
        list("Days_List", "Day", "Number_of_Days", f.days());
        list("Hours_List", "Hour", "Number_of_Hours", f.hours());
        list("Subjects_List", "Subject", null, f.subjects());
        list("Activity_Tags_List", "Activity_Tag", null, f.tags());
        list("Teachers_List", "Teacher", null, f.teachers());
        xml.append("<Students_List>\n");
        for (Year y : f.years()) {
            xml.append("<Year>\n");
            leaf("Name", y.name(), 1);
            leaf("Number_of_Students", String.valueOf(y.students()), 1);
            for (Group g : y.groups()) {
                xml.append("\t<Group>\n");
                leaf("Name", g.name(), 2);
                leaf("Number_of_Students", String.valueOf(g.students()), 2);
                for (Subgroup s : g.subgroups()) {
                    xml.append("\t\t<Subgroup>\n");
                    leaf("Name", s.name(), 3);
                    leaf("Number_of_Students", String.valueOf(s.students()), 3);
                    xml.append("\t\t</Subgroup>\n");
                }
                xml.append("\t</Group>\n");
            }
            xml.append("</Year>\n");
        }
        xml.append("</Students_List>\n");
        xml.append("<Activities_List>\n");
        for (Activity a : f.activities()) {
            xml.append("<Activity>\n");
            a.teachers().forEach(t -> leaf("Teacher", t, 1));
            leaf("Subject", a.subject(), 1);
            a.tags().forEach(t -> leaf("Activity_Tag", t, 1));
            a.students().forEach(s -> leaf("Students", s, 1));
            leaf("Duration", String.valueOf(a.duration()), 1);
            leaf("Total_Duration", String.valueOf(a.totalDuration()), 1);
            leaf("Id", String.valueOf(a.id()), 1);
            leaf("Activity_Group_Id", String.valueOf(a.groupId()), 1);
            leaf("Active", String.valueOf(a.active()), 1);
            xml.append("</Activity>\n");
        }
        xml.append("</Activities_List>\n");
        nodes("Buildings_List", f.buildings());
        nodes("Rooms_List", f.rooms());
        nodes("Time_Constraints_List", f.timeConstraints());
        nodes("Space_Constraints_List", f.spaceConstraints());
        xml.append("</fet>\n");
        return xml.toString();
    }

    private void list(String section, String element, String countTag, List<String> names) {
        xml.append('<').append(section).append(">\n");
        if (countTag != null) {
            leaf(countTag, String.valueOf(names.size()), 0);
        }
        for (String name : names) {
            xml.append('<').append(element).append(">\n");
            leaf("Name", name, 1);
            xml.append("</").append(element).append(">\n");
        }
        xml.append("</").append(section).append(">\n");
    }

    private void nodes(String section, List<Node> nodes) {
        xml.append('<').append(section).append(">\n");
        nodes.forEach(n -> node(n, 0));
        xml.append("</").append(section).append(">\n");
    }

    private void node(Node n, int depth) {
        if (n.children().isEmpty()) {
            leaf(n.name(), n.text(), depth);
            return;
        }
        xml.append("\t".repeat(depth)).append('<').append(n.name()).append(">\n");
        n.children().forEach(c -> node(c, depth + 1));
        xml.append("\t".repeat(depth)).append("</").append(n.name()).append(">\n");
    }

    private void leaf(String tag, String text, int depth) {
        xml.append("\t".repeat(depth))
                .append('<')
                .append(tag)
                .append('>')
                .append(esc(text))
                .append("</")
                .append(tag)
                .append(">\n");
    }

    /** XML text for an element or attribute (null as empty). */
    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
