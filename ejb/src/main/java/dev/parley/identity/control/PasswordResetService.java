package dev.parley.identity.control;

import dev.parley.admin.control.InstanceSettings;
import dev.parley.admin.control.Setting;
import dev.parley.identity.entity.AccountLink;
import dev.parley.identity.entity.AccountLink.Purpose;
import dev.parley.identity.entity.UserAccount;
import dev.parley.mail.control.MailLocales;
import dev.parley.mail.control.OutgoingMail;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.InvalidLinkException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.PublicUrl;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgot password: a mail with a single-use link ({@code /reset-password.xhtml?token=…}, 1 hour) to the
 * account of an email address, and setting a new password through it. Asking never tells whether the
 * address has an account: the answer is the same, and it is given before the address is even looked up
 * (the work happens afterwards, off the request, so its duration tells nothing either).
 */
@Stateless
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    public static final String PAGE = "/reset-password.xhtml";
    static final String TEMPLATE = "reset-password";

    @Inject
    AccountLinks links;

    @Inject
    IdentityStore store;

    @Inject
    Inputs inputs;

    @Inject
    PublicUrl publicUrl;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionRevoker revoker;

    @Inject
    InstanceSettings settings;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Throttles throttles;

    @Inject
    PasswordPolicy passwords;

    /**
     * Takes a forgot-password request from this address ({@code ip}): checks its shape now (a malformed
     * address is a 400, which tells nothing about accounts); the rest is {@link #sendLink}'s, later. Every way
     * in (REST, the page) comes through here, then calls {@link #sendLink} through the bean.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public ForgotPassword accept(ForgotPassword request, String ip) {
        ForgotPassword checked = inputs.check(request);
        throttles.check(Throttle.FORGOT_PASSWORD_IP, ip);
        throttles.check(Throttle.FORGOT_PASSWORD, checked.email().strip().toLowerCase(java.util.Locale.ROOT));
        return checked;
    }

    /** Whether this token opens a reset link now (for the page, before it asks for a password). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public boolean isOpen(String token) {
        try {
            links.open(token, Purpose.RESET_PASSWORD);
            return true;
        } catch (InvalidLinkException e) {
            return false;
        }
    }

    /**
     * Mails a reset link to the account of this address, if there is one that may sign in with a password;
     * else nothing. Runs on the container's asynchronous pool, after the caller has been answered.
     */
    @Asynchronous
    public void sendLink(ForgotPassword request, Locale requested) {
        try {
            String email = request.email().strip().toLowerCase(Locale.ROOT);
            // an email cannot be a username (no '@' in those), so this finds the account by its address only
            UserAccount user = store.byLogin(email).filter(u -> u.getEmail().equals(email)).orElse(null);
            if (user == null || user.isDisabled() || !settings.isOn(Setting.LOCAL_PASSWORDS)) {
                return;
            }
            String token = links.issue(user.getId(), Purpose.RESET_PASSWORD, AccountLinks.RESET_PASSWORD_TTL);
            mail.fire(new OutgoingMail(user.getEmail(), TEMPLATE, MailLocales.choose(user.getLocale(), requested),
                    Map.of("name", user.getDisplayName(),
                            "link", publicUrl.of(PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make a password reset link: " + e);
            throw e;
        }
    }

    /**
     * Sets the password of the link's account: the link is used up, the address counts as verified (the mail
     * arrived), and every sign-in of the account ends, at once, everywhere. {@code invalid-link} when the link
     * opens nothing; {@code invalid-input} naming {@code password} when the password does not do (the link
     * then still works).
     */
    public void reset(PasswordReset request) {
        inputs.check(request);
        AccountLink link = links.open(request.token(), Purpose.RESET_PASSWORD);
        UserAccount user = store.user(link.getUserId()).orElseThrow(InvalidLinkException::new);
        Map<String, String> problems = passwords.problems(request.password(), user.getUsername(), user.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Choose another password.", problems);
        }
        links.use(link, Purpose.RESET_PASSWORD);
        user.setPasswordHash(hasher.hash(request.password()));
        if (!user.isEmailVerified()) {
            user.setEmailVerified(true);
        }
        store.flush();
        revoker.revoke(user.getId(), store.liveFamilies(user.getId()));
    }
}
