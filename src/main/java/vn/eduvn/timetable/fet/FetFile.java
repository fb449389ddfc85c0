package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A FET file ({@code .fet}, FET 5 and 6) as read: the week, the teachers, the students' years, groups and
 * subgroups, the activities, and every constraint as written. The sections EduVN does not interpret (rooms and
 * buildings, comments) are kept as written so a file read and written back loses nothing FET needs.
 */
public record FetFile(
        String version,
        String institution,
        List<String> days,
        List<String> hours,
        List<String> subjects,
        List<String> tags,
        List<String> teachers,
        List<Year> years,
        List<Activity> activities,
        List<Node> rooms,
        List<Node> buildings,
        List<Node> timeConstraints,
        List<Node> spaceConstraints) {

    /** A year of students, its groups and their subgroups, as FET nests them. */
    public record Year(String name, int students, List<Group> groups) {}

    public record Group(String name, int students, List<Subgroup> subgroups) {}

    public record Subgroup(String name, int students) {}

    /**
     * One activity: its teachers and students sets (any number), its subject and tags, its length in hours, and the
     * group of a split activity (0 when it stands alone).
     */
    public record Activity(
            int id,
            int groupId,
            List<String> teachers,
            String subject,
            List<String> tags,
            List<String> students,
            int duration,
            int totalDuration,
            boolean active) {}

    /** An XML element kept as written: a name, its text, its child elements. */
    public record Node(String name, String text, List<Node> children) {

        public Optional<String> child(String childName) {
            return children.stream()
                    .filter(c -> c.name().equals(childName))
                    .map(Node::text)
                    .findFirst();
        }

        public List<Node> all(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }

        public List<String> texts(String childName) {
            List<String> texts = new ArrayList<>();
            all(childName).forEach(c -> texts.add(c.text()));
            return texts;
        }
    }

    /** Every students set's name: years, groups and subgroups. */
    public List<String> studentsSets() {
        List<String> names = new ArrayList<>();
        for (Year y : years) {
            names.add(y.name());
            for (Group g : y.groups()) {
                names.add(g.name());
                g.subgroups().forEach(s -> names.add(s.name()));
            }
        }
        return names;
    }

    public List<String> roomNames() {
        return rooms.stream().map(r -> r.child("Name").orElse("")).toList();
    }
}
