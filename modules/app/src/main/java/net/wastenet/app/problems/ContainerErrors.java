package net.wastenet.app.problems;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import net.wastenet.app.signin.SignInGate;
import net.wastenet.app.signin.SignInThrottle;
import net.wastenet.shared.Languages;

/**
 * Problem details for what the web container refuses before the REST application sees the
 * request (no credentials, wrong password, no such path), so every error has one shape. A wrong Basic
 * password is counted against its user name and address; one too many answers 429 instead ({@link SignInThrottle}).
 */
@WebServlet("/errors/problem")
public class ContainerErrors extends HttpServlet {
    @Inject
    SignInThrottle throttle;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (status == 401) {
            if (SignInGate.refuseIfThrottled(throttle, request, response)) {
                return;
            }
            SignInGate.noteRefused(throttle, request);
        }
        // the same titles and details as the REST application's own refusals (ProblemMapper), so one status has one shape
        var reason = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        String title = status == 401 ? "Sign-in required" : reason == null ? "Error" : reason.getReasonPhrase();
        String detail = ProblemMapper.plainDetail(status);
        Problem problem = new Problem(status, status == 401 ? "unauthenticated" : "http-" + status, title, detail, List.of());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var locale = Languages.choose(Collections.list(request.getLocales()));
        response.getWriter().write(problem.toJson(locale).toString());
    }
}
