package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.timetable.fet.FetFile;

/**
 * The shared rooms a FET file's lessons need. A compulsory preferred room (or rooms) of an activity or of a subject
 * says the activity takes place in one of those rooms; each set of rooms becomes one of EduVN's shared rooms, holding
 * as many classes at once as the set has rooms (the export writes a room for two classes as ROOM#1 and ROOM#2).
 * Ordinary classrooms are not EduVN's concern: home rooms and the rooms no constraint asks for are left out, and so
 * is a room that belongs to two different sets, which EduVN cannot hold.
 */
final class FetRooms {

    private static final Pattern COPY = Pattern.compile("(.+)#\\d+");

    private final FetFile file;

    /** Per activity, the rooms it may use, and the constraint type that says so. */
    private final Map<Integer, Set<String>> roomsOf = new HashMap<>();

    private final Map<Integer, String> typeOf = new HashMap<>();

    private final Map<Set<String>, SchoolFetImport.Room> rooms = new LinkedHashMap<>();

    private boolean any;

    FetRooms(FetFile file, Map<String, Integer> leftOut) {
        this.file = file;
        for (FetFile.Node c : file.spaceConstraints()) {
            boolean active = !"false".equals(c.child("Active").orElse("true").trim());
            if (!active || c.name().equals("ConstraintBasicCompulsorySpace")) {
                continue;
            }
            if (!SchoolFetImport.compulsory(c) || !read(c)) {
                leftOut.merge(c.name(), 1, Integer::sum);
            }
        }
        List<Set<String>> sets = new ArrayList<>(new java.util.LinkedHashSet<>(roomsOf.values()));
        for (Set<String> set : sets) {
            boolean shared = sets.stream()
                    .anyMatch(other -> other != set && other.stream().anyMatch(set::contains));
            if (!shared) {
                rooms.put(set, room(set));
            }
        }
        roomsOf.forEach((activity, set) -> {
            if (!rooms.containsKey(set)) {
                leftOut.merge(typeOf.get(activity), 1, Integer::sum);
            }
        });
    }

    /** Whether the file says anything about rooms; if it does, a lesson without one needs none. */
    boolean any() {
        return any;
    }

    /** The room all the given activities use, or null (none, or not the same for all of them). */
    String roomOf(List<Integer> activities) {
        Set<String> first = roomsOf.get(activities.get(0));
        boolean same = activities.stream().allMatch(a -> java.util.Objects.equals(roomsOf.get(a), first));
        SchoolFetImport.Room room = first == null || !same ? null : rooms.get(first);
        return room == null ? null : room.code();
    }

    /** The rooms lessons use, each once. */
    List<SchoolFetImport.Room> rooms(Set<String> used) {
        return rooms.values().stream().filter(r -> used.contains(r.code())).toList();
    }

    private boolean read(FetFile.Node c) {
        List<Integer> activities;
        switch (c.name()) {
            case "ConstraintActivityPreferredRoom", "ConstraintActivityPreferredRooms" -> {
                activities = List.of(
                        (int) SchoolFetImport.parse(c.child("Activity_Id").orElse("")));
            }
            case "ConstraintSubjectPreferredRoom", "ConstraintSubjectPreferredRooms" -> {
                String subject = c.child("Subject").orElse("");
                activities = file.activities().stream()
                        .filter(a -> a.subject().equals(subject))
                        .map(FetFile.Activity::id)
                        .toList();
            }
            default -> {
                return false;
            }
        }
        Set<String> set = new TreeSet<>(c.name().endsWith("Room") ? c.texts("Room") : c.texts("Preferred_Room"));
        set.removeIf(String::isBlank);
        if (set.isEmpty() || activities.isEmpty()) {
            return false;
        }
        any = true;
        for (int a : activities) {
            // An activity's own preference is narrower than its subject's; the narrower one is kept.
            Set<String> before = roomsOf.get(a);
            if (before == null || set.size() < before.size()) {
                roomsOf.put(a, set);
                typeOf.put(a, c.name());
            }
        }
        return true;
    }

    /**
     * The export's copies of one room (ROOM#1, ROOM#2) are that room; other sets are named by their rooms, and coded
     * by what their names share ("Phòng máy 1" and "Phòng máy 2": PHONG_MAY).
     */
    private SchoolFetImport.Room room(Set<String> set) {
        List<String> bases = set.stream()
                .map(n -> {
                    Matcher m = COPY.matcher(n);
                    return m.matches() ? m.group(1) : n;
                })
                .distinct()
                .toList();
        String name = bases.size() == 1 ? bases.get(0) : String.join(", ", set);
        String shared = bases.get(0);
        for (String b : bases) {
            int i = 0;
            while (i < Math.min(shared.length(), b.length()) && shared.charAt(i) == b.charAt(i)) {
                i++;
            }
            shared = shared.substring(0, i);
        }
        String trimmed = shared.replaceAll("[\\s\\d#_-]+$", "");
        String stem = code(bases.size() > 1 && trimmed.length() >= 2 ? trimmed : name);
        String code = stem;
        for (int n = 2; codeTaken(code); n++) {
            code = stem.substring(0, Math.min(stem.length(), 27)) + "_" + n;
        }
        return new SchoolFetImport.Room(code, name, Math.min(20, set.size()));
    }

    private boolean codeTaken(String code) {
        return rooms.values().stream().anyMatch(r -> r.code().equals(code));
    }

    /** EduVN's room codes are short ASCII: the name without marks, in capitals, other characters as underscores. */
    static String code(String name) {
        String code = VietnameseText.fold(name)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9_-]+", "_")
                .replaceAll("^_+|_+$", "");
        code = code.isEmpty() ? "PHONG" : code;
        return code.substring(0, Math.min(30, code.length()));
    }
}
