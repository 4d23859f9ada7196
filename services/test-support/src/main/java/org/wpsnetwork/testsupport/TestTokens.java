package org.wpsnetwork.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.wpsnetwork.contracts.Actor;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like the wps realm's (realm roles, {@code member_code}, audience {@code wps-api}), signed
 * with a key made for this test JVM, so that tests need no identity provider. The services under test trust it
 * through {@link #publicKeyPem()} and {@link #ISSUER} ({@link WpsTestInfrastructure} sets both).
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.test/realms/wps";
    public static final String AUDIENCE = "wps-api";

    /** The actor of events tests put on the topics themselves, as the services record the secretariat. */
    public static final Actor SECRETARIAT_ACTOR = new Actor(subject("secretariat"), "Sam Secretariat", "secretariat",
            null);

    private static final RSAKey KEY = generate();

    private TestTokens() {
    }

    /** The key's public half as PEM text, for {@code wps.security.public-key}. */
    public static String publicKeyPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(KEY.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments that make a service started by a test trust these tokens. */
    public static List<String> trustArguments() {
        return List.of("--wps.security.issuer-uri=" + ISSUER, "--wps.security.public-key=" + publicKeyPem());
    }

    public static String secretariat() {
        return signed(claims("secretariat", "Sam Secretariat", null, List.of("secretariat")));
    }

    public static String focalPoint(String memberCode) {
        return signed(claims("focal." + memberCode.toLowerCase(), "Focal point of " + memberCode, memberCode,
                List.of("focal-point")));
    }

    public static String peerReviewer() {
        return signed(claims("reviewer", "Rea Reviewer", null, List.of("peer-reviewer")));
    }

    public static String admin() {
        return signed(claims("ops", "Olu Operations", null, List.of("admin")));
    }

    /** What most tests act as: the secretariat with the operations role too, so every endpoint is theirs. */
    public static String operator() {
        return signed(claims("operator", "Test operator", null, List.of("secretariat", "admin")));
    }

    /** A token of {@code roles} (and a member code, or null) with its own expiry and issuer, for refusals. */
    public static String token(List<String> roles, String memberCode, Duration validFor, String issuer) {
        JWTClaimsSet base = claims("someone", "Someone", memberCode, roles);
        Instant now = Instant.now();
        return signed(new JWTClaimsSet.Builder(base).issuer(issuer)
                .issueTime(Date.from(now.minus(Duration.ofHours(1)))).expirationTime(Date.from(now.plus(validFor)))
                .build());
    }

    /** A secretariat token for another audience (a token the identity provider issued to some other API). */
    public static String forAudience(String audience) {
        return signed(new JWTClaimsSet.Builder(claims("secretariat", "Sam Secretariat", null,
                List.of("secretariat"))).audience(List.of(audience)).build());
    }

    /** A secretariat token exactly like the real ones, signed with a key the services do not trust. */
    public static String signedByAnotherKey() {
        return signed(claims("secretariat", "Sam Secretariat", null, List.of("secretariat")), generate());
    }

    private static JWTClaimsSet claims(String username, String name, String memberCode, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject(username))
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", "wps-cli")
                .claim("preferred_username", username)
                .claim("name", name)
                .claim("realm_access", Map.of("roles", roles));
        if (memberCode != null) {
            claims.claim("member_code", memberCode);
        }
        return claims.build();
    }

    /** The subject of a persona's tokens, stable across runs. */
    public static String subject(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    private static String signed(JWTClaimsSet claims) {
        return signed(claims, KEY);
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
