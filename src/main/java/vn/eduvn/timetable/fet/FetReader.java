package vn.eduvn.timetable.fet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.fet.FetFile.Activity;
import vn.eduvn.timetable.fet.FetFile.Group;
import vn.eduvn.timetable.fet.FetFile.Node;
import vn.eduvn.timetable.fet.FetFile.Subgroup;
import vn.eduvn.timetable.fet.FetFile.Year;

/**
 * Reads a {@code .fet} file (FET 5 and 6 write the same elements). Refuses, naming each error, a file that is too
 * large or not XML, and activities whose teacher, subject or students set the file does not declare. No DTD and no
 * external entity is ever read: the file comes from a user.
 */
public final class FetReader {

    /** The largest file read: the largest of FET's own examples is 6 MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private FetReader() {}

    /** Reads at most {@link #MAX_BYTES} from {@code in}; more is refused without reading it all. */
    public static FetFile read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFields(List.of(new FieldProblem("fet", "fet.error.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        return read(bytes);
    }

    public static FetFile read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFields(List.of(new FieldProblem("fet", "fet.error.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        Node root;
        try {
            root = node(parser().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(bytes))
                    .getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InvalidFields(List.of(new FieldProblem("fet", "fet.error.notXml")));
        }
        if (!root.name().equals("fet")) {
            throw new InvalidFields(List.of(new FieldProblem("fet", "fet.error.notFet", root.name())));
        }
        return of(root);
    }

    private static FetFile of(Node root) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> days = names(section(root, "Days_List"), "Day");
        List<String> hours = names(section(root, "Hours_List"), "Hour");
        if (days.isEmpty() || hours.isEmpty()) {
            problems.add(new FieldProblem("fet", "fet.error.noWeek"));
        }
        List<String> subjects = names(section(root, "Subjects_List"), "Subject");
        List<String> tags = names(section(root, "Activity_Tags_List"), "Activity_Tag");
        List<String> teachers = names(section(root, "Teachers_List"), "Teacher");
        List<Year> years = new ArrayList<>();
        for (Node y : section(root, "Students_List").all("Year")) {
            List<Group> groups = new ArrayList<>();
            for (Node g : y.all("Group")) {
                List<Subgroup> subgroups = new ArrayList<>();
                g.all("Subgroup")
                        .forEach(s -> subgroups.add(new Subgroup(s.child("Name").orElse(""), count(s))));
                groups.add(new Group(g.child("Name").orElse(""), count(g), subgroups));
            }
            years.add(new Year(y.child("Name").orElse(""), count(y), groups));
        }
        List<Activity> activities = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        Set<String> knownTeachers = Set.copyOf(teachers);
        Set<String> knownSubjects = Set.copyOf(subjects);
        Set<String> knownTags = Set.copyOf(tags);
        FetFile shell = new FetFile(
                "", "", days, hours, subjects, tags, teachers, years, List.of(), List.of(), List.of(), List.of(),
                List.of());
        Set<String> knownStudents = new HashSet<>(shell.studentsSets());
        for (Node a : section(root, "Activities_List").all("Activity")) {
            int id = number(a.child("Id").orElse(""), -1);
            String field = "activities[" + id + "]";
            int duration = number(a.child("Duration").orElse(""), 0);
            if (id < 0 || !ids.add(id)) {
                problems.add(new FieldProblem(
                        field, "fet.error.activityId", a.child("Id").orElse("")));
            }
            if (duration < 1 || duration > hours.size()) {
                problems.add(new FieldProblem(field, "fet.error.duration", id, duration, hours.size()));
            }
            Activity activity = new Activity(
                    id,
                    number(a.child("Activity_Group_Id").orElse("0"), 0),
                    a.texts("Teacher"),
                    a.child("Subject").orElse(""),
                    a.texts("Activity_Tag"),
                    a.texts("Students"),
                    duration,
                    number(a.child("Total_Duration").orElse(""), duration),
                    !"false".equals(a.child("Active").orElse("true")));
            activity.teachers().stream()
                    .filter(t -> !knownTeachers.contains(t))
                    .forEach(t -> problems.add(new FieldProblem(field, "fet.error.unknownTeacher", id, t)));
            activity.students().stream()
                    .filter(s -> !knownStudents.contains(s))
                    .forEach(s -> problems.add(new FieldProblem(field, "fet.error.unknownStudents", id, s)));
            if (!knownSubjects.contains(activity.subject())) {
                problems.add(new FieldProblem(field, "fet.error.unknownSubject", id, activity.subject()));
            }
            activity.tags().stream()
                    .filter(t -> !knownTags.contains(t))
                    .forEach(t -> problems.add(new FieldProblem(field, "fet.error.unknownTag", id, t)));
            activities.add(activity);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        Node rooms = section(root, "Rooms_List");
        Node buildings = section(root, "Buildings_List");
        return new FetFile(
                root.text(),
                root.child("Institution_Name").orElse(""),
                days,
                hours,
                subjects,
                tags,
                teachers,
                years,
                activities,
                rooms.all("Room"),
                buildings.all("Building"),
                section(root, "Time_Constraints_List").children(),
                section(root, "Space_Constraints_List").children());
    }

    private static Node section(Node root, String name) {
        return root.all(name).stream().findFirst().orElse(new Node(name, "", List.of()));
    }

    private static List<String> names(Node section, String element) {
        return section.all(element).stream()
                .map(n -> n.child("Name").orElse(""))
                .toList();
    }

    private static int count(Node n) {
        return number(n.child("Number_of_Students").orElse("0"), 0);
    }

    static int number(String text, int otherwise) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Node node(Element element) {
        List<Node> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (org.w3c.dom.Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                children.add(node(e));
            } else if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || c.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        String value = children.isEmpty() ? text.toString() : "";
        if (element.getTagName().equals("fet")) {
            value = element.getAttribute("version");
        }
        return new Node(element.getTagName(), value, List.copyOf(children));
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
