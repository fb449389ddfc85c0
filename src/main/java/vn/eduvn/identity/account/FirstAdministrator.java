package vn.eduvn.identity.account;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.SystemActor;

/**
 * A fresh installation without the demo province still needs someone to sign in: creates {@code admin},
 * system administrator of the whole tree, with the password of {@code EDUVN_ADMIN_INITIAL_PASSWORD} or a
 * random one printed once.
 */
@Component
@Order(30)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;

    private final AccountService service;

    private final Units units;

    private final TransactionTemplate tx;

    private final String initialPassword;

    FirstAdministrator(
            AccountRepository accounts,
            AccountService service,
            Units units,
            TransactionTemplate tx,
            @Value("${eduvn.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.service = service;
        this.units = units;
        this.tx = tx;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = initialPassword.isBlank()
                ? "Ad" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + "9"
                : initialPassword;
        long rootId = units.root().orElseThrow().id();
        SystemActor.run(() -> tx.executeWithoutResult(
                s -> service.create("admin", "Quản trị hệ thống", null, rootId, password, Role.SYSTEM_ADMIN)));
        log.warn("""

                ================================================================
                 EduVN: first administrator created
                   username: admin
                   password: {}
                 Change it after signing in (Tài khoản > Đổi mật khẩu).
                ================================================================""", initialPassword.isBlank() ? password : "(from eduvn.admin.initial-password)");
    }
}
