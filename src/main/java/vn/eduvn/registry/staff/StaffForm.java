package vn.eduvn.registry.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.eduvn.registry.Gender;

/** What the staff form and the API accept for a member of staff; an empty status keeps the record's (working, for a new one). */
public record StaffForm(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "\\d{12}", message = "{validation.personalId}")
        String personalId,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
        String fullName,

        @NotNull(message = "{validation.required}") @Past(message = "{validation.past}")
        LocalDate birthDate,

        @NotNull(message = "{validation.required}") Gender gender,
        @NotBlank(message = "{validation.required}") String position,
        @NotBlank(message = "{validation.required}") String qualification,
        @NotBlank(message = "{validation.required}") String titleRank,
        String mainSubject,
        String secondSubject,
        @NotBlank(message = "{validation.required}") String contractType,
        String status,
        @Size(max = 20, message = "{validation.size.max}") String phone,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}")
        String email,

        @Size(max = 60, message = "{validation.size.max}") String accountUsername) {

    static StaffForm blank() {
        return new StaffForm(
                "",
                "",
                null,
                null,
                "GIAO_VIEN",
                "DAI_HOC_SU_PHAM",
                "HANG_III",
                "",
                "",
                "VIEN_CHUC",
                "DANG_LAM_VIEC",
                "",
                "",
                "");
    }
}
