package vn.eduvn.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingDropsTonesAndMarksAndTurnsDIntoD() {
        assertThat(VietnameseText.fold("  Nguyễn   Văn An ")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.fold("Đặng Thị Ánh")).isEqualTo("dang thi anh");
        assertThat(VietnameseText.fold("ĐỖ QUỲNH HƯƠNG")).isEqualTo("do quynh huong");
    }

    @Test
    void classListsSortByGivenNameThenMiddleThenFamily() {
        List<String> names = new ArrayList<>(List.of(
                "Nguyễn Văn Bình",
                "Trần Thị Ánh",
                "Nguyễn Văn An",
                "Phạm Thị An",
                "Lê Anh",
                "Đỗ Văn Ân",
                "Bùi Thị Ánh"));
        names.sort(Comparator.comparing(VietnameseText::nameSortKey));
        // Â is a letter of its own, after A and Ă; tone marks only break ties.
        assertThat(names)
                .containsExactly(
                        "Phạm Thị An",
                        "Nguyễn Văn An",
                        "Lê Anh",
                        "Bùi Thị Ánh",
                        "Trần Thị Ánh",
                        "Đỗ Văn Ân",
                        "Nguyễn Văn Bình");
    }

    @Test
    void dSortsAfterDAsInTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Em"));
        names.sort(Comparator.comparing(VietnameseText::nameSortKey));
        assertThat(names).containsExactly("Lê Văn Dũng", "Lê Văn Đức", "Lê Văn Em");
    }

    @Test
    void exportedCellsNeverStartAFormula() {
        assertThat(SpreadsheetSafety.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetSafety.neutralise("+84 912")).isEqualTo("'+84 912");
        assertThat(SpreadsheetSafety.neutralise("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafety.neutralise("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
    }
}
