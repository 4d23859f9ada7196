package org.wpsnetwork.portal.web;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.wpsnetwork.portal.signin.SignedIn;

import java.util.Map;

/**
 * The servlet container's error page (an unknown address, a failure outside a controller) has the same header as
 * every page: who is signed in, so the navigation and sign-out stay. Never the exception or its message.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        SignedIn.current().ifPresent(me -> attributes.put("me", me));
        return attributes;
    }
}
