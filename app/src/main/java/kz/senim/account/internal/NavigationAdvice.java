package kz.senim.account.internal;

import kz.senim.account.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) in every page's model, for the navigation by role. */
@ControllerAdvice
class NavigationAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUsers.current().orElse(null);
    }
}
