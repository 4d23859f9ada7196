package org.wpsnetwork.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.wpsnetwork.portal.signin.SignedIn;

/** Where signing in lands: a focal point on its member's page, everyone else on the network dashboard. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return SignedIn.current().filter(SignedIn::isFocalPoint)
                .map(me -> "redirect:/members/" + me.memberCode())
                .orElse("redirect:/dashboard");
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    @GetMapping("/sign-in-unavailable")
    String signInUnavailable() {
        return "sign-in-unavailable";
    }
}
