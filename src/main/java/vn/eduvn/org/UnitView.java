package vn.eduvn.org;

import vn.eduvn.platform.UnitRef;

/** A unit of the organisation tree as other modules and the API see it. */
public record UnitView(
        long id, String typeCode, String code, String name, Long parentId, String path, int depth, boolean open) {

    public UnitRef ref() {
        return new UnitRef(id, path);
    }
}
