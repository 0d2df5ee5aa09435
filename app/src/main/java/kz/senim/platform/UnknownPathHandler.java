package kz.senim.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nothing answers: API callers get a localized problem (OpenAI-style under {@code /v1/}), people the
 * localized error page, instead of the framework's default body.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownPathHandler {

    private final ProblemWriter problems;

    UnknownPathHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String unknown(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/v1/") || path.startsWith("/ledger/")) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "unknown-path");
            return null;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
