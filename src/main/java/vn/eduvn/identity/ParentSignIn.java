package vn.eduvn.identity;

/**
 * A parent's sign-in for their letter: the username, and the one-time password when one was just given (else null);
 * {@code refused} when the username belongs to an account with another role, which a school never touches.
 */
public record ParentSignIn(String username, String password, boolean created, boolean refused) {}
