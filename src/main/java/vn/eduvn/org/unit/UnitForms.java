package vn.eduvn.org.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the unit pages and the API accept. */
final class UnitForms {

    private UnitForms() {}

    record NewUnit(
            @NotBlank(message = "{validation.required}") String typeCode,

            @Size(max = 30, message = "{validation.size.max}")
            @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.code}")
            String code,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String name) {}

    record Rename(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String name) {}

    record Move(@NotNull(message = "{validation.required}") Long parentId) {}
}
