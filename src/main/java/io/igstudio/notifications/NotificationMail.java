package io.igstudio.notifications;

import io.igstudio.users.UserDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional e-mail for a notification, off unless {@code igstudio.mail.enabled=true}. Sent once, after the
 * notification's transaction committed (a rolled-back event mails nobody), on a managed thread so that no
 * transaction waits on SMTP; a failed send is logged, not retried, so an event never mails twice.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

    @Inject
    @ConfigProperty(name = "igstudio.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "igstudio.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "igstudio.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "igstudio.mail.from", defaultValue = "igstudio@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "igstudio.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "igstudio.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "igstudio.mail.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "igstudio.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    UserDirectory users;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    void send(String userId, Notification n) {
        if (!enabled) {
            return;
        }
        Optional<String> to = users.find(userId).map(u -> u.email()).filter(e -> e != null && !e.isBlank());
        if (to.isEmpty()) {
            return;
        }
        String subject = "IG Studio: " + n.getKind().label();
        String body = n.getMessage() + (n.getLink() == null ? "" : "\n\n" + baseUrl + n.getLink());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> mail(to.get(), subject, body));
                }
            }
        });
    }

    private void mail(String to, String subject, String body) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        try {
            Session session = Session.getInstance(props);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            if (username.isPresent()) {
                Transport.send(message, username.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Notification mail to a person could not be sent: " + e.getMessage());
        }
    }
}
