package dev.parley.admin.control;

import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.entity.UserAccount;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * What the installation's administrators do to accounts: disable one (it cannot sign in, every sign-in
 * of it ends and its tokens are refused at once, everywhere) and enable it again. Each change is in the
 * installation's audit log ({@code user.disable}, {@code user.enable}).
 */
@Stateless
public class AccountAdminService {

    public static final String DISABLE = "user.disable";
    public static final String ENABLE = "user.enable";

    @Inject
    InstallationAdmins admins;

    @Inject
    IdentityService identity;

    @Inject
    IdentityStore users;

    @Inject
    AuditTrail audit;

    public AdminUserView setStatus(UUID actor, UUID userId, AccountStatus status) {
        admins.require(actor);
        if (status == null || status.disabled() == null) {
            throw new InvalidInputException("Say whether the account is disabled.",
                    Map.of("disabled", "must be true or false"));
        }
        UserAccount user = users.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        boolean disable = status.disabled();
        if (disable && user.getId().equals(actor)) {
            throw new ConflictException("You cannot disable your own account.", Map.of("disabled", "not your own account"));
        }
        if (disable != user.isDisabled()) {
            identity.setDisabled(userId, disable);
            audit.record(AuditRecord.of(null, actor, disable ? DISABLE : ENABLE, "user", userId,
                    Map.of("disabled", !disable), Map.of("disabled", disable)));
        }
        return AdminUserView.of(user);
    }
}
