package vn.eduvn.registry.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.sheets.TableFile;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.school.CodeLists;

/** The staff template and the staff list's exports; code-list columns carry the Vietnamese names. */
@Component
public class StaffSheets {

    static final List<String> HEADERS = headers();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, String> LISTS = Map.of(
            "position",
            "Vị trí việc làm",
            "qualification",
            "Trình độ chuyên môn",
            "title_rank",
            "Hạng chức danh",
            "contract",
            "Loại hợp đồng",
            "staff_status",
            "Trạng thái");

    private final CodeLists codes;

    StaffSheets(CodeLists codes) {
        this.codes = codes;
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(StaffImport.REQUIRED);
        headers.addAll(StaffImport.OPTIONAL);
        return List.copyOf(headers);
    }

    public byte[] template() {
        Map<String, List<String[]>> lists = new LinkedHashMap<>();
        for (String list : List.of("position", "qualification", "title_rank", "contract", "staff_status")) {
            lists.put(
                    LISTS.get(list),
                    codes.list(list).stream()
                            .map(c -> new String[] {c.code(), c.nameVi()})
                            .toList());
        }
        lists.put(
                "Môn dạy",
                codes.subjects().stream()
                        .map(c -> new String[] {c.code(), c.nameVi()})
                        .toList());
        return TableFile.template(
                "Cán bộ",
                HEADERS,
                List.of(
                        "Mã định danh: 12 chữ số, nhập dạng văn bản để giữ số 0 ở đầu. Họ và tên đầy đủ, có dấu.",
                        "Ngày sinh: dd/MM/yyyy. Giới tính: Nam hoặc Nữ.",
                        "Vị trí việc làm, Trình độ chuyên môn, Hạng chức danh, Loại hợp đồng, Môn dạy, Trạng thái: tên hoặc mã theo danh mục (bên dưới).",
                        "Môn dạy, Môn dạy kiêm nhiệm, Trạng thái, Điện thoại, Email không bắt buộc; bỏ hẳn một cột thì giữ nguyên thông tin đã có (cán bộ mới: đang làm việc).",
                        "Nhập lại tệp đã nhập sẽ cập nhật theo mã định danh, không tạo trùng."),
                lists);
    }

    public byte[] xlsx(List<StaffView> staff) {
        return TableFile.xlsx("Cán bộ", HEADERS, rows(staff));
    }

    public byte[] csv(List<StaffView> staff) {
        return TableFile.csv(HEADERS, rows(staff));
    }

    private List<List<String>> rows(List<StaffView> staff) {
        Map<String, String> names = new HashMap<>();
        LISTS.keySet().forEach(list -> codes.list(list).forEach(c -> names.put(list + "/" + c.code(), c.nameVi())));
        codes.subjects().forEach(c -> names.put("subject/" + c.code(), c.nameVi()));
        return staff.stream()
                .map(s -> Arrays.asList(
                        s.personalId(),
                        s.fullName(),
                        s.birthDate().format(DATE),
                        s.gender().vietnamese(),
                        names.getOrDefault("position/" + s.position(), s.position()),
                        names.getOrDefault("qualification/" + s.qualification(), s.qualification()),
                        names.getOrDefault("title_rank/" + s.titleRank(), s.titleRank()),
                        names.getOrDefault("contract/" + s.contractType(), s.contractType()),
                        s.mainSubject() == null
                                ? ""
                                : names.getOrDefault("subject/" + s.mainSubject(), s.mainSubject()),
                        s.secondSubject() == null
                                ? ""
                                : names.getOrDefault("subject/" + s.secondSubject(), s.secondSubject()),
                        names.getOrDefault("staff_status/" + s.status(), s.status()),
                        s.phone() == null ? "" : s.phone(),
                        s.email() == null ? "" : s.email()))
                .toList();
    }
}
