package org.jointfunding.notification.mail;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jointfunding.notification.support.Events;
import org.jointfunding.notification.support.TestClock;
import org.jointfunding.notification.support.TestIdentity;
import org.jointfunding.notification.support.TestSmtpServer;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.notification.support.Events.bearer;
import static org.jointfunding.notification.support.Events.deliver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mails through a real SMTP server (GreenMail): language, direction, both parts, retries, dead letters. */
@QuarkusTest
class EmailTest {

    private static final String ADMIN = TestTokens.user("ADMIN").bearer();

    @Inject
    MailSender sender;

    @Inject
    TestIdentity identity;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        if (!TestSmtpServer.current().isRunning()) {
            TestSmtpServer.comeBack();
        }
    }

    private static void language(String account, String language, String... emailOff) {
        String etag = given().header("Authorization", bearer(account)).get("/api/notifications/preferences").then().extract().header("ETag");
        given().header("Authorization", bearer(account)).header("If-Match", etag).contentType("application/json")
                .body(Map.of("language", language, "emailOff", List.of(emailOff))).put("/api/notifications/preferences")
                .then().statusCode(200);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(TestSmtpServer.current().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.getContent() instanceof MimeMultipart nested) {
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).isMimeType(type)) {
                        return (String) nested.getBodyPart(j).getContent();
                    }
                }
            } else if (body.isMimeType(type)) {
                return (String) body.getContent();
            }
        }
        throw new AssertionError("no " + type + " part in " + GreenMailUtil.getWholeMessage(message));
    }

    @Test
    void anAwardReachesEachMemberByEmailInItsOwnLanguagePersianRightToLeft() throws Exception {
        String owner = identity.account("GreenPay Sdn Bhd");
        String partner = identity.account("Shalizar Co");
        language(partner, "fa");
        deliver(Events.awarded(owner, partner)).statusCode(202);

        sender.sendDue();

        MimeMessage english = to(identity.get(owner).email()).get(0);
        assertEquals("“GreenPay” was awarded by every co-funding agency.", english.getSubject());
        assertTrue(part(english, "text/plain").contains("http://localhost:8080/applications/"), part(english, "text/plain"));
        assertTrue(part(english, "text/html").contains("dir=\"ltr\""));

        MimeMessage persian = to(identity.get(partner).email()).get(0);
        assertEquals("«GreenPay» از سوی همهٔ سازمان‌های تأمین‌کننده برنده شد.", persian.getSubject());
        String html = part(persian, "text/html");
        assertTrue(html.contains("<html lang=\"fa\" dir=\"rtl\">"), html);
        assertTrue(html.contains("باز کردن در درگاه"), html);
        assertTrue(part(persian, "text/plain").contains("«GreenPay»"));
    }

    @Test
    void aKindWithEmailTurnedOffStaysInTheFeedOnly() {
        String startup = identity.account("Quiet");
        language(startup, "en", "APPLICATION_AWARDED");
        deliver(Events.awarded(startup, identity.account("Other"))).statusCode(202);
        sender.sendDue();
        assertEquals(0, to(identity.get(startup).email()).size());
        Events.feed(startup).body("total", equalTo(1));
    }

    @Test
    void whileSmtpIsDownTheEmailWaitsAndIsSentOnceWhenItIsBack() {
        String startup = identity.account("Patient");
        TestSmtpServer.goDown();
        deliver(Events.awarded(startup, identity.account("Other"))).statusCode(202);
        sender.sendDue();
        given().header("Authorization", ADMIN).queryParam("status", "PENDING").get("/api/notifications/admin/emails").then()
                .body("items.find { it.recipientId == '" + startup + "' }.attempts", equalTo(1));

        TestSmtpServer.comeBack();
        sender.sendDue();
        assertEquals(0, to(identity.get(startup).email()).size(), "not before its backoff has passed");
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        sender.sendDue();
        assertEquals(1, to(identity.get(startup).email()).size());
    }

    @Test
    void anEmailThatCannotBeSentIsDeadLetteredAndAnAdministratorRetriesIt() {
        String gone = identity.account("Gone", "gone@test.example", "Gone", false);
        deliver(Events.awarded(gone, identity.account("Other"))).statusCode(202);
        sender.sendDue();
        String id = given().header("Authorization", ADMIN).queryParam("status", "DEAD_LETTERED").get("/api/notifications/admin/emails")
                .then().statusCode(200).extract().path("items.find { it.recipientId == '" + gone + "' }.id");
        given().header("Authorization", ADMIN).get("/api/notifications/admin/emails").then()
                .body("items.find { it.id == '" + id + "' }.lastError", org.hamcrest.Matchers.containsString("no active account"));

        identity.account(gone, "gone@test.example", "Back again", true);
        given().header("Authorization", ADMIN).post("/api/notifications/admin/emails/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        given().header("Authorization", ADMIN).post("/api/notifications/admin/emails/" + id + "/retry").then().statusCode(409);
        sender.sendDue();
        assertEquals(1, to("gone@test.example").size());
        given().header("Authorization", bearer(gone)).get("/api/notifications/admin/emails").then().statusCode(403);
    }
}
