package kz.senim.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The user's remembered choice (a cookie) first, then the browser's {@code Accept-Language}, then Kazakh.
 * Spring's cookie resolver cannot do this: with a default locale set it ignores the header.
 */
public class SenimLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "senim-lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();
    private static final String CHOSEN = SenimLocaleResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        // A choice made in this very request (?lang=) applies at once, before its cookie comes back.
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        return fromCookie(request)
                .or(() -> fromHeader(request.getHeader("Accept-Language")))
                .orElse(Languages.KAZAKH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? Languages.KAZAKH : Languages.match(locale.toLanguageTag()).orElse(Languages.KAZAKH);
        request.setAttribute(CHOSEN, chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Languages.match(c.getValue());
            }
        }
        return Optional.empty();
    }

    static Optional<Locale> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(r -> r.getWeight() > 0)
                    .map(r -> Languages.match(r.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
