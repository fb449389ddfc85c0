package vn.eduvn.registry.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.sheets.TableFile;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.StaffView;

/** The class template and the class list's exports (with the number of pupils and the homeroom teacher). */
@Component
public class ClassSheets {

    static final List<String> TEMPLATE = List.of(ClassImport.CLASS, ClassImport.SESSIONS, ClassImport.HOMEROOM);

    static final List<String> EXPORT = List.of(
            ClassImport.CLASS, ClassImport.SESSIONS, ClassImport.HOMEROOM, "Khối", "Sĩ số", "Giáo viên chủ nhiệm");

    public byte[] template() {
        return TableFile.template(
                "Lớp",
                TEMPLATE,
                List.of(
                        "Lớp: tên lớp bắt đầu bằng khối (ví dụ 6A1), thuộc năm học hiện tại của trường.",
                        "Số buổi/ngày: 1 hoặc 2 (để trống là 1).",
                        "Mã định danh GVCN: mã định danh 12 chữ số của giáo viên chủ nhiệm (đã có trong danh sách cán bộ); chỉ hiệu trưởng nhập cột này.",
                        "Nhập lại tệp sẽ cập nhật các lớp cùng tên, không tạo trùng."),
                Map.of());
    }

    public byte[] xlsx(List<ClassView> classes, List<StaffView> staff) {
        return TableFile.xlsx("Lớp", EXPORT, rows(classes, staff));
    }

    public byte[] csv(List<ClassView> classes, List<StaffView> staff) {
        return TableFile.csv(EXPORT, rows(classes, staff));
    }

    private static List<List<String>> rows(List<ClassView> classes, List<StaffView> staff) {
        return classes.stream()
                .map(c -> Arrays.asList(
                        c.name(),
                        String.valueOf(c.sessionsPerDay()),
                        staff.stream()
                                .filter(s -> s.id() == (c.homeroomStaffId() == null ? -1 : c.homeroomStaffId()))
                                .map(StaffView::personalId)
                                .findFirst()
                                .orElse(""),
                        String.valueOf(c.grade()),
                        String.valueOf(c.students()),
                        c.homeroomName() == null ? "" : c.homeroomName()))
                .toList();
    }
}
