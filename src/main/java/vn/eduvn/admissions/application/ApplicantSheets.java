package vn.eduvn.admissions.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.sheets.TableFile;
import vn.eduvn.platform.web.Dates;

/**
 * Lists of applications as Excel sheets, for the school that reviews them and the officials who run the campaign.
 * Every cell is neutralised by {@link TableFile}: a name typed as "=HYPERLINK(...)" stays text when the sheet opens.
 */
@Component
public class ApplicantSheets {

    private final Applications applications;

    private final MessageSource messages;

    private final Dates dates;

    ApplicantSheets(Applications applications, MessageSource messages, Dates dates) {
        this.applications = applications;
        this.messages = messages;
        this.dates = dates;
    }

    /** The school's first-choice applicants (scoped as {@link Applications#ofSchool}). */
    public byte[] school(long campaignId, long schoolUnitId) {
        return sheet(applications.ofSchool(campaignId, schoolUnitId));
    }

    /** Every application of the campaign, for its officials. */
    public byte[] campaign(long campaignId) {
        return sheet(applications.ofCampaign(campaignId));
    }

    /** The papers' names as a sheet's header says them; another paper keeps its code. */
    private static final java.util.Map<String, String> PAPERS = java.util.Map.of(
            "TOAN",
            "Toán",
            "NGU_VAN",
            "Ngữ văn",
            "NGOAI_NGU",
            "Ngoại ngữ",
            "TIENG_ANH",
            "Tiếng Anh",
            "TIENG_VIET",
            "Tiếng Việt",
            "TONG_HOP",
            "Tổ hợp");

    private byte[] sheet(List<ApplicationView> list) {
        // One column per paper, so a school can sort and sum the scores: the papers of every application, in order.
        java.util.Set<String> papers = new java.util.LinkedHashSet<>();
        list.forEach(a -> papers.addAll(Scores.read(a.scores()).keySet()));
        List<String> headers = new ArrayList<>(List.of(
                "Mã hồ sơ",
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Mã định danh",
                "Địa chỉ",
                "Cha mẹ",
                "Điện thoại",
                "Email",
                "Ưu tiên",
                "Nguyện vọng"));
        papers.forEach(p -> headers.add("Điểm " + PAPERS.getOrDefault(p, p)));
        headers.addAll(List.of("Trạng thái", "Ghi chú", "Trúng tuyển"));
        List<List<String>> rows = new ArrayList<>();
        for (ApplicationView a : list) {
            List<String> row = new ArrayList<>(java.util.Arrays.asList(
                    a.receiptNumber(),
                    a.fullName(),
                    dates.date(a.birthDate()),
                    a.female() ? "Nữ" : "Nam",
                    a.personalId(),
                    a.address(),
                    a.guardianName(),
                    a.guardianPhone(),
                    a.guardianEmail(),
                    a.priorityGroup() == null ? "" : a.priorityGroup(),
                    a.choices().stream()
                            .map(c -> c.rank() + ". " + c.schoolName())
                            .collect(Collectors.joining("; "))));
            java.util.Map<String, java.math.BigDecimal> own = Scores.read(a.scores());
            papers.forEach(p ->
                    row.add(own.containsKey(p) ? own.get(p).stripTrailingZeros().toPlainString() : ""));
            row.add(messages.getMessage("portal.status." + a.status(), null, LocaleContextHolder.getLocale()));
            row.add(a.reviewNote() == null ? "" : a.reviewNote());
            row.add(
                    a.admittedTo() == null
                            ? ""
                            : a.admittedTo().schoolName() + " (NV"
                                    + a.admittedTo().rank() + ")");
            rows.add(row);
        }
        return TableFile.xlsx("Hồ sơ tuyển sinh", headers, rows);
    }
}
