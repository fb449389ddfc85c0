package vn.eduvn.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.eduvn.org.unit.UnitService;

/**
 * The organisation tree as other modules use it. Reads that say "checked" apply the signed-in user's scope;
 * {@link #find} does not, for modules that resolve a unit before they check scope themselves.
 */
@Service
public class Units {

    private final UnitService service;

    Units(UnitService service) {
        this.service = service;
    }

    /** A unit by id, without a scope check. */
    public Optional<UnitView> find(long id) {
        return service.findUnchecked(id);
    }

    /** Ids of a unit's whole subtree (itself included), without a scope check. */
    public List<Long> subtreeIds(String path) {
        return service.subtreeIds(path);
    }

    public Optional<UnitView> root() {
        return service.findRoot();
    }

    public Optional<UnitView> findByCode(String typeCode, String code) {
        return service.findByCode(typeCode, code);
    }

    /** A unit the signed-in user can see, or a not-found refusal. */
    public UnitView getChecked(long id) {
        return service.get(id);
    }

    /** Every unit the signed-in user can see. */
    public List<UnitView> visible() {
        return service.inScope(null);
    }

    public List<UnitView> childrenChecked(long id) {
        return service.children(id);
    }

    public UnitView createRoot(String typeCode, String code, String name) {
        return service.createRoot(typeCode, code, name);
    }

    /** Creates a unit; needs a system administrator reaching the parent. */
    public UnitView create(long parentId, String typeCode, String code, String name) {
        return service.create(parentId, typeCode, code, name);
    }

    public UnitView close(long id, LocalDate on) {
        return service.close(id, on);
    }
}
