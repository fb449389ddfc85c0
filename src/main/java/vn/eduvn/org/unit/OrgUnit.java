package vn.eduvn.org.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.DomainException;

/**
 * A unit of the organisation tree. Its path lists the ids from the root down to itself, so that
 * "everything under this unit" is a prefix query; the path changes only through {@link #placeUnder}.
 */
@Entity
@Audited
@Table(name = "org_unit")
public class OrgUnit {

    /** Taken from the sequence org_unit_seq before the insert, because the path contains it. */
    @Id
    private Long id;

    private String typeCode;

    private String code;

    private String name;

    private Long parentId;

    private String path;

    private int depth;

    @Enumerated(EnumType.STRING)
    private UnitStatus status;

    private LocalDate closedOn;

    @Version
    @NotAudited
    private Long version;

    protected OrgUnit() {}

    OrgUnit(long id, UnitType type, String code, String name, OrgUnit parent) {
        this.id = id;
        this.typeCode = type.code();
        this.code = code;
        this.name = name;
        this.status = UnitStatus.OPEN;
        placeUnder(parent);
    }

    /** Sets parent, path and depth. */
    void placeUnder(OrgUnit parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    boolean isAncestorOrSelfOf(OrgUnit other) {
        return other.path.startsWith(path);
    }

    void rename(String newName) {
        requireOpen();
        this.name = newName;
    }

    void close(LocalDate on) {
        requireOpen();
        this.status = UnitStatus.CLOSED;
        this.closedOn = on;
    }

    void requireOpen() {
        if (status == UnitStatus.CLOSED) {
            throw DomainException.conflict(null, "error.unit.closed", name);
        }
    }

    public Long id() {
        return id;
    }

    public String path() {
        return path;
    }

    public String typeCode() {
        return typeCode;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public int depth() {
        return depth;
    }

    public boolean isOpen() {
        return status == UnitStatus.OPEN;
    }

    public UnitView view() {
        return new UnitView(id, typeCode, code, name, parentId, path, depth, isOpen());
    }
}
