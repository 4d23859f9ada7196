package org.wpsnetwork.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.config.ServiceKitProperties;

/**
 * Where the dashboard (the static page this service serves until the web application replaces it) sends people
 * to sign in: the identity provider's issuer and the dashboard's public client, which signs in with the
 * authorization code flow and PKCE in the browser. The only answer given without a token, and it holds no data.
 */
@RestController
@Tag(name = "Dashboard", description = "The secretariat's dashboard page")
class DashboardSignInController {

    /** What the dashboard needs to start a sign-in. */
    record SignIn(String issuer, String clientId) {
    }

    private final SignIn signIn;

    DashboardSignInController(ServiceKitProperties properties,
                              @Value("${wps.dashboard.client-id:wps-dashboard}") String clientId) {
        this.signIn = new SignIn(properties.security().issuerUri(), clientId);
    }

    @GetMapping("/api/v1/dashboard/sign-in")
    @Operation(summary = "Where the dashboard signs people in", description = "The identity provider's issuer and "
            + "the dashboard's client id; open to anyone (it leads to the sign-in and holds no data)")
    SignIn signIn() {
        return signIn;
    }
}
