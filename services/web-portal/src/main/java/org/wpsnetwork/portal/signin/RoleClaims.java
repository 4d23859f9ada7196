package org.wpsnetwork.portal.signin;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in user as the APIs will see them: the realm roles and the member code the identity provider puts in
 * the access token (the ID token need not carry them). The access token came straight from the token endpoint
 * over the back channel, so its claims are read without checking its signature again; the APIs check it.
 */
final class RoleClaims extends OidcUserService {

    static final String ROLES = "wps_roles";
    static final String MEMBER_CODE = "member_code";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        JsonNode claims = claims(request.getAccessToken().getTokenValue());
        Set<String> roles = new LinkedHashSet<>();
        claims.path("realm_access").path("roles").valueStream().map(JsonNode::asString).forEach(roles::add);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        Map<String, Object> extra = new HashMap<>(user.getUserInfo() == null ? Map.of() : user.getUserInfo().getClaims());
        extra.put("sub", user.getSubject());
        extra.put(ROLES, Set.copyOf(roles));
        String memberCode = claims.path(MEMBER_CODE).asString(null);
        if (memberCode != null) {
            extra.put(MEMBER_CODE, memberCode);
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(extra), "preferred_username");
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return JSON.createObjectNode();
        }
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
