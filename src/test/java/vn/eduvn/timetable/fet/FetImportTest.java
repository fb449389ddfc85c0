package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;

/**
 * The Vietnamese example files of Debian's fet-data read completely (every constraint type supported), and written
 * back they read the same; a file that is not a FET file, or names what it does not declare, is refused with every
 * error named.
 */
class FetImportTest {

    static final Path EXAMPLES = Path.of("/usr/share/doc/fet-data/examples");

    static Stream<Path> vietnameseFiles() throws Exception {
        Path vietnam = EXAMPLES.resolve("FET-5-official/Vietnam");
        Assumptions.assumeTrue(Files.isDirectory(vietnam), "install Debian's fet-data (.ci/run does)");
        try (Stream<Path> files = Files.walk(vietnam)) {
            List<Path> fet =
                    files.filter(p -> p.toString().endsWith(".fet")).sorted().toList();
            assertThat(fet).hasSize(4);
            return fet.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("vietnameseFiles")
    void aVietnameseExampleRoundTripsAndEveryConstraintIsSupported(Path path) throws Exception {
        String original = Files.readString(path, StandardCharsets.UTF_8);
        FetFile file = FetReader.read(original.getBytes(StandardCharsets.UTF_8));

        assertThat(file.activities()).hasSize(count(original, "<Activity>"));
        assertThat(file.timeConstraints()).hasSize(countConstraints(original, "Time_Constraints_List"));
        assertThat(file.days()).isNotEmpty();
        FetModel model = FetModel.of(file);
        assertThat(model.unsupported()).as("constraint types not supported").isEmpty();

        FetFile again = FetReader.read(FetWriter.write(file).getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(file);
        assertThat(FetModel.of(again).planningProblem().activities())
                .hasSameSizeAs(model.planningProblem().activities());
    }

    @Test
    void aFetSixFileReadsAndItsRoomConstraintsAreReportedNotDropped() throws Exception {
        Path gyr = EXAMPLES.resolve("FET-5-official/Germany/secondary-school-2/GYR.fet");
        Assumptions.assumeTrue(Files.exists(gyr), "install Debian's fet-data");
        FetModel model = FetModel.of(FetReader.read(Files.readAllBytes(gyr)));
        assertThat(model.planningProblem().activities()).hasSizeGreaterThan(1000);
        assertThat(model.unsupported())
                .containsEntry("ConstraintActivityTagPreferredRooms", 16)
                .containsEntry("ConstraintTeacherHomeRoom", 3);
        try (Stream<Path> six = Files.walk(EXAMPLES.resolve("FET-6-official"))) {
            Path any = six.filter(p -> p.toString().endsWith(".fet"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            FetFile file = FetReader.read(Files.readAllBytes(any));
            assertThat(file.version()).startsWith("6.");
            assertThat(FetReader.read(FetWriter.write(file).getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(file);
        }
    }

    @Test
    void theTestSchoolReportsTheConstraintTypesItDoesNotSupport() throws Exception {
        FetModel model =
                FetModel.of(FetReader.read(FetImportTest.class.getResourceAsStream("/timetable/fet/thcs-thu.fet")));
        assertThat(model.unsupported())
                .isEqualTo(Map.of("ConstraintTeacherMinRestingHours", 1, "ConstraintActivityPreferredRoom", 1));
    }

    @Test
    void aFileThatIsNotXmlIsRefused() {
        assertThatThrownBy(() -> FetReader.read("Thứ 2, Tiết 1, Toán 6A".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(keys(e)).containsExactly("fet.error.notXml"));
        assertThatThrownBy(() -> FetReader.read("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(keys(e)).containsExactly("fet.error.notFet"));
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE fet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<fet version=\"6.8.5\"><Institution_Name>&x;</Institution_Name></fet>";
        assertThatThrownBy(() -> FetReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(keys(e)).containsExactly("fet.error.notXml"));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithoutReadingItAll() {
        byte[] big = new byte[FetReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> FetReader.read(new java.io.ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(keys(e)).containsExactly("fet.error.tooLarge"));
    }

    @Test
    void unknownTeachersStudentsAndActivitiesAreEachNamed() throws Exception {
        String xml = new String(
                FetImportTest.class
                        .getResourceAsStream("/timetable/fet/thcs-thu.fet")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String broken = xml.replaceFirst("<Teacher>T.Minh</Teacher><Subject>", "<Teacher>T.Khánh</Teacher><Subject>")
                .replaceFirst("<Students>6B</Students>", "<Students>6C</Students>");
        assertThatThrownBy(() -> FetReader.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidFields.class, e -> {
                    assertThat(keys(e)).containsExactly("fet.error.unknownTeacher", "fet.error.unknownStudents");
                    assertThat(e.problems().get(0).args()).contains("T.Khánh");
                    assertThat(e.problems().get(1).args()).contains("6C");
                });
        String badConstraint = xml.replace(
                        "<Teacher>C.Lan</Teacher><Number_of_Not", "<Teacher>C.Mai</Teacher><Number_of_Not")
                .replace("<MinDays>1</MinDays>", "<Activity_Id>999</Activity_Id><MinDays>1</MinDays>");
        FetFile file = FetReader.read(badConstraint.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FetModel.of(file))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        e -> assertThat(keys(e))
                                .contains("fet.error.unknownConstraintTeacher", "fet.error.unknownActivity"));
    }

    @Test
    void anActivityNoTimeCanSuitIsNamedAsImpossible() throws Exception {
        String xml = new String(
                FetImportTest.class
                        .getResourceAsStream("/timetable/fet/thcs-thu.fet")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(FetModel.of(FetReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                        .impossible())
                .isEmpty();
        // Activity 2 is C.Lan's Toán for 6A, and C.Lan is never available on Friday.
        String friday = xml.replace(
                "</Time_Constraints_List>",
                "<ConstraintActivityPreferredStartingTime><Weight_Percentage>100"
                        + "</Weight_Percentage><Activity_Id>2</Activity_Id><Preferred_Day>Thứ 6</Preferred_Day><Preferred_Hour>Tiết 1"
                        + "</Preferred_Hour><Permanently_Locked>false</Permanently_Locked><Active>true</Active>"
                        + "</ConstraintActivityPreferredStartingTime></Time_Constraints_List>");
        FetModel model = FetModel.of(FetReader.read(friday.getBytes(StandardCharsets.UTF_8)));
        assertThat(model.impossible()).containsExactly(2);
        assertThat(FetSolving.solve(model, 1).impossible()).containsExactly(2);
    }

    @Test
    void aTeacherWithMoreHoursThanTheirDaysHoldIsNamedWithTheAnswer() throws Exception {
        String xml = new String(
                FetImportTest.class
                        .getResourceAsStream("/timetable/fet/thcs-thu.fet")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(FetModel.of(FetReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                        .overfull())
                .isEmpty();
        // C.Lan teaches 8 hours; the school day has 4, and she may now come one day a week.
        String oneDay = xml.replace(
                "</Time_Constraints_List>",
                "<ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>100"
                        + "</Weight_Percentage><Teacher_Name>C.Lan</Teacher_Name><Max_Days_Per_Week>1</Max_Days_Per_Week>"
                        + "<Active>true</Active></ConstraintTeacherMaxDaysPerWeek></Time_Constraints_List>");
        FetModel model = FetModel.of(FetReader.read(oneDay.getBytes(StandardCharsets.UTF_8)));
        assertThat(model.overfull()).containsExactly(new FetModel.Overfull("GV C.Lan", 8, 4));
        FetSolving.Result result = FetSolving.solve(model, 1);
        assertThat(result.overfull()).containsExactly(new FetModel.Overfull("GV C.Lan", 8, 4));
        assertThat(result.hard()).isNegative();
    }

    private static List<String> keys(InvalidFields e) {
        return e.problems().stream().map(FieldProblem::key).toList();
    }

    private static int count(String text, String tag) {
        Matcher m = Pattern.compile(Pattern.quote(tag)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int countConstraints(String text, String section) {
        String inside = text.substring(text.indexOf("<" + section + ">"), text.indexOf("</" + section + ">"));
        return count(inside, "<Constraint");
    }
}
