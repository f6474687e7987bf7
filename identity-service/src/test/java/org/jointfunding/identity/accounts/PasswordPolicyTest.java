package org.jointfunding.identity.accounts;

import org.jointfunding.kit.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static List<String> messages(String password, String email) {
        return PasswordPolicy.check("password", password, email).stream().map(Problem.FieldError::message).toList();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(List.of("must be 12 to 128 characters long"), messages("elevenchars", "a@b.example"));
        assertTrue(messages("twelve chars", "a@b.example").isEmpty());
        assertTrue(messages("ژاله‌ی-کوهستان", "a@b.example").isEmpty(), "14 Persian characters");
        assertEquals(1, messages("x".repeat(129), "a@b.example").size());
    }

    @Test
    void theEmailOrItsNameIsNotAPassword() {
        assertEquals(List.of("must not contain the email address"), messages("Aisha.Rahman@acme.example", "aisha.rahman@acme.example"));
        assertEquals(List.of("must not contain the email address"), messages("my name is AISHA.RAHMAN!", "aisha.rahman@acme.example"));
        // very short local parts are too common to forbid
        assertTrue(messages("bob is my uncle!", "bo@acme.example").isEmpty());
    }
}
