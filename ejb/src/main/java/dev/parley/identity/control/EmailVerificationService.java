package dev.parley.identity.control;

import dev.parley.identity.entity.AccountLink;
import dev.parley.identity.entity.AccountLink.Purpose;
import dev.parley.identity.entity.UserAccount;
import dev.parley.mail.control.MailLocales;
import dev.parley.mail.control.OutgoingMail;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.PublicUrl;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Verifying an account's email address: a mail with a link ({@code /verify-email.xhtml?token=…}, single-use,
 * 24 hours) at registration and on request; the link's page, or {@code POST /api/auth/verify-email}, marks
 * the address verified. What an unverified account may do is {@link UnverifiedAccess}'s.
 */
@Stateless
public class EmailVerificationService {

    public static final String PAGE = "/verify-email.xhtml";
    static final String TEMPLATE = "verify-email";

    @Inject
    AccountLinks links;

    @Inject
    IdentityStore store;

    @Inject
    Inputs inputs;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    UnverifiedAccess access;

    @Inject
    Throttles throttles;

    /**
     * Sends the user a new link (after this transaction commits); earlier links stop working.
     *
     * @param requested the language of the request that caused it, for a user who chose none (null: English)
     */
    public void sendLink(UserAccount user, Locale requested) {
        String token = links.issue(user.getId(), Purpose.VERIFY_EMAIL, AccountLinks.VERIFY_EMAIL_TTL);
        mail.fire(new OutgoingMail(user.getEmail(), TEMPLATE, MailLocales.choose(user.getLocale(), requested),
                Map.of("name", user.getDisplayName(),
                        "link", publicUrl.of(PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))));
    }

    /** A new link for a signed-in user whose address is not verified yet; 409 when it is. */
    public void resend(UUID userId, Locale requested) {
        throttles.check(Throttle.VERIFY_EMAIL_RESEND, userId.toString());
        UserAccount user = store.user(userId).orElseThrow(() -> new NotFoundException("No such user."));
        if (user.isEmailVerified()) {
            throw new ConflictException("Your email address is already verified.", Map.of());
        }
        sendLink(user, requested);
    }

    /** Whether this token opens a verification link now (for the page, before it offers the button). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public boolean isOpen(String token) {
        try {
            links.open(token, Purpose.VERIFY_EMAIL);
            return true;
        } catch (dev.parley.platform.control.InvalidLinkException e) {
            return false;
        }
    }

    /**
     * Whether the user may write now, or may only read until the address is verified (for the page's banner).
     * Through this bean, not {@link UnverifiedAccess} directly: a page's request has no transaction, and the
     * container closes the entity manager of a read outside one only when it is an EJB's.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public boolean mayWrite(UUID userId) {
        return access.mayWrite(userId);
    }

    /** Marks the address of the link's account verified and uses the link up; {@code invalid-link} when it opens nothing. */
    public void verify(LinkToken request) {
        inputs.check(request);
        AccountLink link = links.open(request.token(), Purpose.VERIFY_EMAIL);
        UserAccount user = store.user(link.getUserId()).orElseThrow(
                dev.parley.platform.control.InvalidLinkException::new);
        links.use(link, Purpose.VERIFY_EMAIL);
        user.setEmailVerified(true);
    }
}
