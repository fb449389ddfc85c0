package vn.eduvn.registry.importing;

import java.util.List;

/** Lets tests of other registry packages build upload files. */
public final class WorkbooksAccess {

    private WorkbooksAccess() {}

    public static byte[] students(List<List<Object>> rows) {
        return Workbooks.students(rows);
    }

    public static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        return Workbooks.xlsx(header, rows);
    }
}
