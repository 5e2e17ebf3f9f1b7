/**
 * Mail: what Parley sends by SMTP (Jakarta Mail, the container's own). A room that wants a mail sent
 * fires an {@link dev.parley.mail.control.OutgoingMail} in its transaction; {@link dev.parley.mail.control.Mailer}
 * renders it from its templates (one text and one HTML file per locale, under {@code mail/} on the class
 * path) once that transaction has committed, and sends it off the request thread. Without a configured mail
 * host nothing is sent, and the application says so once at start-up.
 */
package dev.parley.mail.control;
