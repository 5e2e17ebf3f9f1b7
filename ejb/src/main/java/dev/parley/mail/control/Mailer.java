package dev.parley.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends {@link OutgoingMail} by SMTP after the transaction that fired it commits (a rolled-back request
 * sends nothing), on a small bounded pool of its own so that no request waits for the mail server. A mail
 * that cannot be sent is logged — its template and the error, never its links — and dropped: every mail
 * Parley sends can be asked for again (resend, forgot password). Without {@code parley.mail.host} nothing
 * is sent; start-up says so once.
 *
 * <p>Jakarta Mail is the container's (Payara ships Angus Mail); the application bundles none.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    /** mails waiting for a sender thread; past that a mail is dropped (and logged), not queued without end */
    static final int MAX_WAITING = 1000;
    private static final int TIMEOUT_MILLIS = 20_000;

    @Inject
    @ConfigProperty(name = "parley.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "parley.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "parley.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "parley.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "parley.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "parley.mail.from", defaultValue = "parley@localhost")
    String from;

    @Resource
    ManagedThreadFactory threads;

    private final MailTemplates templates = new MailTemplates();
    private ThreadPoolExecutor senders;
    private Session session;

    @PostConstruct
    void start() {
        senders = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_WAITING),
                threads != null ? threads : Executors.defaultThreadFactory());
        senders.allowCoreThreadTimeOut(true);
        if (isConfigured()) {
            session = Session.getInstance(properties(), username.filter(u -> !u.isBlank()).map(u -> new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, password.orElse(""));
                }
            }).orElse(null));
        }
    }

    /** Says once, when the application starts, whether mail will be sent, and where to. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (isConfigured()) {
            LOG.info(() -> "Mail is sent through " + host.get().strip() + ":" + port + (starttls ? " (STARTTLS)" : ""));
        } else {
            LOG.warning("No mail host is configured (PARLEY_MAIL_HOST): Parley sends no mail, so nobody gets"
                    + " email verification or password reset links.");
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    void onMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (!isConfigured()) {
            return;
        }
        try {
            senders.execute(() -> send(mail));
        } catch (RejectedExecutionException full) {
            LOG.warning(() -> "Mail queue full (" + MAX_WAITING + " waiting): dropped " + mail);
        }
    }

    private void send(OutgoingMail mail) {
        try {
            MailTemplates.Rendered r = templates.render(mail.template(), mail.locale(), mail.values());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(r.subject(), "UTF-8");
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(r.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(r.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            // the exception's text, not the mail's: that holds a link that opens the account
            LOG.log(Level.WARNING, "Could not send " + mail + ": " + e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.get().strip());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(username.filter(u -> !u.isBlank()).isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        return p;
    }
}
