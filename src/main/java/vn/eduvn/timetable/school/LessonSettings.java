package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * What the principal changes in the lessons the solver places: a class's subject's periods a week (over the
 * teaching assignment's), most periods a day, blocks of consecutive periods, the shared room it needs; and the
 * school's shared rooms with their capacity.
 */
@Service
@Transactional
public class LessonSettings {

    private final JdbcClient jdbc;

    private final RegistryApi registry;

    LessonSettings(JdbcClient jdbc, RegistryApi registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** A lesson's settings; null fields keep what the teaching assignment and the defaults give. */
    public record Setting(
            long classId,
            String subjectCode,
            Integer periodsPerWeek,
            Integer maxPerDay,
            List<Integer> blocks,
            String room) {}

    /** A shared room. */
    public record Room(String code, String name, int capacity) {}

    @Transactional(readOnly = true)
    public Map<String, Setting> ofSchool(long schoolUnitId) {
        Map<String, Setting> settings = new HashMap<>();
        jdbc.sql("select * from timetable_lesson_setting where school_unit_id = ?")
                .param(schoolUnitId)
                .query((rs, n) -> new Setting(
                        rs.getLong("class_id"),
                        rs.getString("subject_code"),
                        (Integer) rs.getObject("periods_per_week", Integer.class),
                        (Integer) rs.getObject("max_per_day", Integer.class),
                        blocks(rs.getString("blocks")),
                        rs.getString("room")))
                .list()
                .forEach(s -> settings.put(s.classId() + "/" + s.subjectCode(), s));
        return settings;
    }

    /** A row of the lessons page: the assignment and what the principal set for it. */
    public record Row(
            long classId,
            String className,
            String subjectCode,
            String subjectName,
            String teacher,
            java.math.BigDecimal assignedPeriods,
            Setting setting) {}

    @Transactional(readOnly = true)
    public List<Row> rows(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        Map<String, Setting> settings = ofSchool(schoolUnitId);
        return registry.teachingAssignments(schoolUnitId).stream()
                .map(a -> new Row(
                        a.classId(),
                        a.className(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.staffName(),
                        a.periodsPerWeek(),
                        settings.get(a.classId() + "/" + a.subjectCode())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Room> rooms(long schoolUnitId) {
        return jdbc.sql("select code, name, capacity from timetable_room where school_unit_id = ? order by code")
                .param(schoolUnitId)
                .query(Room.class)
                .list();
    }

    /** Saves a lesson's settings, checked at once: blocks add up to the periods, the room exists. */
    public void save(long schoolUnitId, Setting setting) {
        saveAll(schoolUnitId, List.of(setting));
    }

    /** Saves several lessons' settings (a FET import), reading the school's assignments and rooms once. */
    public void saveAll(long schoolUnitId, List<Setting> settings) {
        registry.requireKeeper(schoolUnitId);
        Map<String, TeachingAssignmentView> assignments = new HashMap<>();
        registry.teachingAssignments(schoolUnitId)
                .forEach(a -> assignments.put(a.classId() + "/" + a.subjectCode(), a));
        List<String> roomCodes = rooms(schoolUnitId).stream().map(Room::code).toList();
        for (Setting setting : settings) {
            save(schoolUnitId, setting, assignments, roomCodes);
        }
    }

    private void save(
            long schoolUnitId,
            Setting setting,
            Map<String, TeachingAssignmentView> assignments,
            List<String> roomCodes) {
        TeachingAssignmentView assignment = java.util.Optional.ofNullable(
                        assignments.get(setting.classId() + "/" + setting.subjectCode()))
                .orElseThrow(() ->
                        DomainException.invalid("subjectCode", "timetable.error.unknownLesson", setting.subjectCode()));
        int periods = setting.periodsPerWeek() != null
                ? setting.periodsPerWeek()
                : assignment
                        .periodsPerWeek()
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .intValue();
        List<vn.eduvn.platform.FieldProblem> problems = new ArrayList<>();
        if (setting.periodsPerWeek() != null && (setting.periodsPerWeek() < 1 || setting.periodsPerWeek() > 20)) {
            problems.add(new vn.eduvn.platform.FieldProblem(
                    "periodsPerWeek", "timetable.error.periods", setting.subjectCode()));
        }
        if (setting.maxPerDay() != null && (setting.maxPerDay() < 1 || setting.maxPerDay() > 10)) {
            problems.add(new vn.eduvn.platform.FieldProblem("maxPerDay", "timetable.error.maxPerDay"));
        }
        if (setting.blocks() != null
                && !setting.blocks().isEmpty()
                && (setting.blocks().stream().anyMatch(b -> b == null || b < 1 || b > 5)
                        || setting.blocks().stream().mapToInt(Integer::intValue).sum() != periods)) {
            problems.add(new vn.eduvn.platform.FieldProblem(
                    "blocks", "timetable.error.blocks", setting.subjectCode(), periods));
        }
        if (setting.room() != null && !setting.room().isBlank() && !roomCodes.contains(setting.room())) {
            problems.add(new vn.eduvn.platform.FieldProblem("room", "timetable.error.unknownRoom", setting.room()));
        }
        if (!problems.isEmpty()) {
            throw new vn.eduvn.platform.InvalidFields(problems);
        }
        jdbc.sql("delete from timetable_lesson_setting where class_id = ? and subject_code = ?")
                .params(setting.classId(), setting.subjectCode())
                .update();
        jdbc.sql("""
                insert into timetable_lesson_setting (school_unit_id, class_id, subject_code, periods_per_week, max_per_day,
                blocks, room, version) values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        schoolUnitId,
                        setting.classId(),
                        setting.subjectCode(),
                        setting.periodsPerWeek(),
                        setting.maxPerDay(),
                        setting.blocks() == null || setting.blocks().isEmpty()
                                ? null
                                : String.join(
                                        ",",
                                        setting.blocks().stream()
                                                .map(String::valueOf)
                                                .toList()),
                        setting.room() == null || setting.room().isBlank() ? null : setting.room())
                .update();
    }

    /** Adds or changes a shared room. */
    public void saveRoom(long schoolUnitId, Room room) {
        registry.requireKeeper(schoolUnitId);
        if (room.code() == null || !room.code().matches("[A-Za-z0-9_-]{1,30}")) {
            throw DomainException.invalid("code", "timetable.error.roomCode");
        }
        if (room.capacity() < 1 || room.capacity() > 20) {
            throw DomainException.invalid("capacity", "timetable.error.roomCapacity");
        }
        jdbc.sql("delete from timetable_room where school_unit_id = ? and code = ?")
                .params(schoolUnitId, room.code())
                .update();
        jdbc.sql("insert into timetable_room (school_unit_id, code, name, capacity, version) values (?, ?, ?, ?, 0)")
                .params(
                        schoolUnitId,
                        room.code(),
                        room.name() == null || room.name().isBlank()
                                ? room.code()
                                : room.name().trim(),
                        room.capacity())
                .update();
    }

    /** Blocks as typed (2,1,1 or 2 1 1) as a list; blank as none. */
    static List<Integer> blocks(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Integer> blocks = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                blocks.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("blocks", "timetable.error.blocksText", text);
            }
        }
        return blocks;
    }
}
