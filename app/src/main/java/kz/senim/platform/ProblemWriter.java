package kz.senim.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a localized problem-details response from places outside Spring MVC (servlet filters, security
 * entry points), where no controller advice runs.
 */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemWriter(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String code, Object... args) throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            ProblemDetail body = problems.of(status, code, args);
            response.setStatus(status.value());
            if (request.getRequestURI().startsWith(request.getContextPath() + "/v1/")) {
                writeOpenAiError(response, status, code, body.getDetail());
                return;
            }
            body.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** The OpenAI-compatible gateway answers as OpenAI clients expect: {@code {"error": {message, type, code, param}}}. */
    private void writeOpenAiError(HttpServletResponse response, HttpStatus status, String code, String message)
            throws IOException {
        String type = switch (status) {
            case UNAUTHORIZED -> "authentication_error";
            case FORBIDDEN -> "permission_error";
            default -> status.is5xxServerError() ? "server_error" : "invalid_request_error";
        };
        String openAiCode = code.startsWith("token-") || code.equals("unauthenticated") ? "invalid_api_key"
                : code.equals("body-too-large") ? "request_too_large" : code.replace('-', '_');
        var error = new java.util.LinkedHashMap<String, Object>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", openAiCode);
        error.put("param", null);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), java.util.Map.of("error", error));
    }
}
