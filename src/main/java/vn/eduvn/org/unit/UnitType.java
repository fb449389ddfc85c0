package vn.eduvn.org.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import vn.eduvn.org.UnitTypeView;

/** A configurable kind of unit; which kinds may sit under which is kept here, not in code. */
@Entity
@Audited
@Table(name = "org_unit_type")
public class UnitType {

    @Id
    private String code;

    private String nameVi;

    private String nameEn;

    @Column(name = "allowed_parents")
    private String allowedParents;

    private String adminLevel;

    private boolean definesSchoolYears;

    private int sortOrder;

    protected UnitType() {}

    public UnitType(
            String code,
            String nameVi,
            String nameEn,
            List<String> allowedParents,
            String adminLevel,
            boolean definesSchoolYears,
            int sortOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.allowedParents = String.join(",", allowedParents);
        this.adminLevel = adminLevel;
        this.definesSchoolYears = definesSchoolYears;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public List<String> allowedParents() {
        return allowedParents.isBlank() ? List.of() : Arrays.asList(allowedParents.split(","));
    }

    public boolean mayBeUnder(UnitType parent) {
        return allowedParents().contains(parent.code());
    }

    public boolean isRoot() {
        return allowedParents().isEmpty();
    }

    public String adminLevel() {
        return adminLevel;
    }

    public boolean definesSchoolYears() {
        return definesSchoolYears;
    }

    void update(String nameVi, String nameEn, List<String> allowedParents) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.allowedParents = String.join(",", allowedParents);
    }

    public UnitTypeView view() {
        return new UnitTypeView(code, nameVi, nameEn, allowedParents(), adminLevel, definesSchoolYears);
    }

    int sortOrder() {
        return sortOrder;
    }
}
