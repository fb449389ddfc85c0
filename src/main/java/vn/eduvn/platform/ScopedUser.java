package vn.eduvn.platform;

import java.util.List;

/**
 * What any module may ask of the signed-in user: who they are and which roles they hold at which units.
 * The identity module's principal implements it, so modules check scope without depending on identity.
 */
public interface ScopedUser {

    long accountId();

    String username();

    String displayName();

    List<Grant> grants();
}
