package vn.eduvn.identity.token;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token of a machine client; only its SHA-256 is stored. */
@Entity
@Table(name = "identity_api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String tokenHash;

    private Instant issuedAt;

    private Instant expiresAt;

    protected ApiToken() {}

    ApiToken(long accountId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    long accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
