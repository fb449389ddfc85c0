package vn.eduvn.org.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitTypeView;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.area.AdminAreas;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Grant;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.UnitRef;

/**
 * Keeps the organisation tree: every read is limited to the caller's scope, every change needs a system
 * administrator whose grant reaches the units involved.
 */
@Service
@Transactional
public class UnitService {

    private final OrgUnitRepository units;

    private final UnitTypeRepository types;

    private final AdminAreas areas;

    private final Access access;

    UnitService(OrgUnitRepository units, UnitTypeRepository types, AdminAreas areas, Access access) {
        this.units = units;
        this.types = types;
        this.areas = areas;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public UnitView get(long id) {
        OrgUnit unit = load(id);
        access.requireVisible(ref(unit));
        return unit.view();
    }

    @Transactional(readOnly = true)
    public List<UnitView> children(long id) {
        OrgUnit unit = load(id);
        access.requireVisible(ref(unit));
        return units.findByParentIdOrderByName(id).stream().map(OrgUnit::view).toList();
    }

    /** The chain from the highest unit the user can see down to this unit, for breadcrumbs. */
    @Transactional(readOnly = true)
    public List<UnitView> visibleAncestry(long id) {
        OrgUnit unit = load(id);
        access.requireVisible(ref(unit));
        List<UnitView> chain = new ArrayList<>();
        for (String segment : unit.path().substring(1).split("/")) {
            OrgUnit ancestor = load(Long.parseLong(segment));
            if (access.reaches(ancestor.path())) {
                chain.add(ancestor.view());
            }
        }
        return chain;
    }

    /** The highest units the user reaches: their grants, without those nested inside another grant. */
    @Transactional(readOnly = true)
    public List<UnitView> visibleRoots() {
        return topGrants().stream().map(g -> load(g.unitId()).view()).toList();
    }

    /** Every unit in the user's scope, optionally filtered by name or code. */
    @Transactional(readOnly = true)
    public List<UnitView> inScope(String query) {
        List<UnitView> result = new ArrayList<>();
        for (Grant grant : topGrants()) {
            List<OrgUnit> found = query == null || query.isBlank()
                    ? units.findSubtree(grant.unitPath())
                    : units.searchSubtree(grant.unitPath(), query.trim());
            found.forEach(u -> result.add(u.view()));
        }
        return result;
    }

    private List<Grant> topGrants() {
        List<Grant> grants = access.grants().stream()
                .sorted(Comparator.comparingInt(g -> g.unitPath().length()))
                .toList();
        List<Grant> top = new ArrayList<>();
        for (Grant g : grants) {
            if (top.stream().noneMatch(t -> t.reaches(g.unitPath()))) {
                top.add(g);
            }
        }
        return top;
    }

    public UnitView create(long parentId, String typeCode, String code, String name) {
        OrgUnit parent = load(parentId);
        access.require(ref(parent), Role.SYSTEM_ADMIN);
        parent.requireOpen();
        UnitType type = types.findById(typeCode)
                .orElseThrow(() -> DomainException.invalid("typeCode", "error.unit.unknownType", typeCode));
        UnitType parentType = types.getReferenceById(parent.typeCode());
        if (!type.mayBeUnder(parentType)) {
            throw DomainException.invalid("typeCode", "error.unit.typeNotAllowedUnder", typeCode, parent.name());
        }
        String normalizedCode = code == null || code.isBlank() ? null : code.trim();
        checkOfficialCode(type, normalizedCode, parent);
        if (normalizedCode != null
                && units.findByTypeCodeAndCode(typeCode, normalizedCode).isPresent()) {
            throw DomainException.conflict("code", "error.unit.codeTaken", normalizedCode);
        }
        return units.save(new OrgUnit(units.nextId(), type, normalizedCode, name.trim(), parent))
                .view();
    }

    /** Creates the root of the tree (the Ministry); refused once a root exists. */
    public UnitView createRoot(String typeCode, String code, String name) {
        if (units.findByParentIdIsNull().isPresent()) {
            throw DomainException.conflict(null, "error.unit.rootExists");
        }
        UnitType type = types.findById(typeCode).orElseThrow();
        return units.save(new OrgUnit(units.nextId(), type, code, name, null)).view();
    }

    public UnitView rename(long id, String name) {
        OrgUnit unit = load(id);
        access.require(ref(unit), Role.SYSTEM_ADMIN);
        unit.rename(name.trim());
        return unit.view();
    }

    public UnitView move(long id, long newParentId) {
        OrgUnit unit = load(id);
        OrgUnit newParent = load(newParentId);
        access.require(ref(unit), Role.SYSTEM_ADMIN);
        access.require(ref(newParent), Role.SYSTEM_ADMIN);
        unit.requireOpen();
        newParent.requireOpen();
        if (unit.depth() == 0) {
            throw DomainException.invalid("parentId", "error.unit.rootCannotMove");
        }
        if (unit.isAncestorOrSelfOf(newParent)) {
            throw DomainException.invalid("parentId", "error.unit.moveIntoOwnSubtree", unit.name(), newParent.name());
        }
        UnitType type = types.getReferenceById(unit.typeCode());
        if (!type.mayBeUnder(types.getReferenceById(newParent.typeCode()))) {
            throw DomainException.invalid(
                    "parentId", "error.unit.typeNotAllowedUnder", unit.typeCode(), newParent.name());
        }
        String oldPrefix = unit.path();
        int oldDepth = unit.depth();
        unit.placeUnder(newParent);
        units.flush();
        units.movePaths(oldPrefix, unit.path(), oldPrefix.length() + 1, unit.depth() - oldDepth);
        return unit.view();
    }

    public UnitView close(long id, LocalDate on) {
        OrgUnit unit = load(id);
        access.require(ref(unit), Role.SYSTEM_ADMIN);
        if (units.existsByParentIdAndStatus(id, UnitStatus.OPEN)) {
            throw DomainException.conflict(null, "error.unit.hasOpenChildren", unit.name());
        }
        unit.close(on);
        return unit.view();
    }

    @Transactional(readOnly = true)
    public List<UnitTypeView> types() {
        return types.findAllByOrderBySortOrder().stream().map(UnitType::view).toList();
    }

    /** Adds a kind of unit; unit types are configuration of the whole tree, kept by its administrators. */
    public UnitTypeView createType(
            String code, String nameVi, String nameEn, List<String> allowedParents, boolean definesSchoolYears) {
        requireRootAdministrator();
        String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (types.existsById(normalized)) {
            throw DomainException.conflict("code", "error.unitType.codeTaken", normalized);
        }
        checkParents(allowedParents);
        int order = types.findAllByOrderBySortOrder().stream()
                        .mapToInt(UnitType::sortOrder)
                        .max()
                        .orElse(0)
                + 10;
        return types.save(new UnitType(
                        normalized, nameVi.trim(), nameEn.trim(), allowedParents, null, definesSchoolYears, order))
                .view();
    }

    /** Renames a kind of unit and changes where it may sit; existing units stay where they are. */
    public UnitTypeView updateType(String code, String nameVi, String nameEn, List<String> allowedParents) {
        requireRootAdministrator();
        UnitType type =
                types.findById(code).orElseThrow(() -> DomainException.notFound("error.unit.unknownType", code));
        if (type.isRoot()) {
            if (!allowedParents.isEmpty()) {
                throw DomainException.invalid("allowedParents", "error.unitType.rootStaysRoot");
            }
        } else {
            checkParents(allowedParents);
        }
        type.update(nameVi.trim(), nameEn.trim(), allowedParents);
        return type.view();
    }

    private void checkParents(List<String> allowedParents) {
        if (allowedParents.isEmpty()) {
            throw DomainException.invalid("allowedParents", "error.unitType.parentRequired");
        }
        for (String parent : allowedParents) {
            if (!types.existsById(parent)) {
                throw DomainException.invalid("allowedParents", "error.unit.unknownType", parent);
            }
        }
    }

    private void requireRootAdministrator() {
        OrgUnit root = units.findByParentIdIsNull().orElseThrow();
        if (!access.reaches(root.path(), Role.SYSTEM_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("unit types belong to the whole tree");
        }
    }

    /** Types that may be created under the given unit. */
    @Transactional(readOnly = true)
    public List<UnitTypeView> childTypesOf(UnitView parent) {
        UnitType parentType = types.getReferenceById(parent.typeCode());
        return types.findAllByOrderBySortOrder().stream()
                .filter(t -> t.mayBeUnder(parentType))
                .map(UnitType::view)
                .toList();
    }

    private void checkOfficialCode(UnitType type, String code, OrgUnit parent) {
        if (type.adminLevel() == null) {
            return;
        }
        if (code == null) {
            throw DomainException.invalid("code", "error.unit.officialCodeRequired");
        }
        var area = areas.find(type.adminLevel(), code)
                .orElseThrow(() -> DomainException.invalid("code", "error.unit.officialCodeUnknown", code));
        if (AdminAreas.COMMUNE.equals(type.adminLevel())
                && parent.code() != null
                && !parent.code().equals(area.provinceCode())) {
            throw DomainException.invalid("code", "error.unit.communeOutsideProvince", code, parent.name());
        }
    }

    OrgUnit load(long id) {
        return units.findById(id).orElseThrow(() -> DomainException.notFound("error.unit.notFound", id));
    }

    private static UnitRef ref(OrgUnit unit) {
        return new UnitRef(unit.id(), unit.path());
    }

    /** Reads a unit without a scope check, for other modules that check scope themselves. */
    @Transactional(readOnly = true)
    public java.util.Optional<UnitView> findUnchecked(long id) {
        return units.findById(id).map(OrgUnit::view);
    }

    @Transactional(readOnly = true)
    public List<Long> subtreeIds(String path) {
        return units.findSubtreeIds(path);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UnitView> findRoot() {
        return units.findByParentIdIsNull().map(OrgUnit::view);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UnitView> findByCode(String typeCode, String code) {
        return units.findByTypeCodeAndCode(typeCode, code).map(OrgUnit::view);
    }
}
