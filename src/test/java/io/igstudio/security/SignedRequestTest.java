package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.compliance.MetaAppSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedRequestTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String PAYLOAD = "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":1795000000,\"user_id\":\"100000000000101\"}";

    @Test
    void aRequestSignedWithTheAppSecretNamesItsPerson() {
        assertEquals(Optional.of("100000000000101"),
                SignedRequest.verifiedUserId(MetaAppSettings.sign(PAYLOAD, SECRET), SECRET));
    }

    @Test
    void anotherSecretATamperedPayloadOrGarbageIsRefused() {
        String signed = MetaAppSettings.sign(PAYLOAD, SECRET);
        assertTrue(SignedRequest.verifiedUserId(signed, "another-secret-another-secret-xx").isEmpty());
        String otherPerson = Base64.getUrlEncoder().withoutPadding().encodeToString(
                PAYLOAD.replace("101", "102").getBytes(StandardCharsets.UTF_8));
        assertTrue(SignedRequest.verifiedUserId(signed.substring(0, signed.indexOf('.') + 1) + otherPerson, SECRET)
                .isEmpty(), "a payload swapped under a genuine signature");
        for (String junk : new String[] {null, "", ".", "abc", "abc.", ".abc", "a.b.c", "!!!.???"}) {
            assertTrue(SignedRequest.verifiedUserId(junk, SECRET).isEmpty(), String.valueOf(junk));
        }
    }

    @Test
    void onlyHmacSha256WithANumericUserIdIsAccepted() {
        assertTrue(SignedRequest.verifiedUserId(MetaAppSettings.sign(PAYLOAD.replace("HMAC-SHA256", "none"), SECRET),
                SECRET).isEmpty());
        assertTrue(SignedRequest.verifiedUserId(MetaAppSettings.sign(PAYLOAD.replace("100000000000101", "../x"),
                SECRET), SECRET).isEmpty());
    }
}
