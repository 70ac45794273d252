package net.wastenet.app.signin;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import net.wastenet.app.problems.Problem;
import net.wastenet.shared.FieldError;
import net.wastenet.shared.Languages;
import net.wastenet.shared.Text;

/**
 * Refuses (429, {@code Retry-After}) a Basic sign-in by a user name or from an address that failed too often
 * lately ({@link SignInThrottle}), even with the right password: a guesser learns nothing while refused.
 * Wrong passwords are counted where the container answers them (its 401 error page, {@code ContainerErrors}).
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignInGate extends HttpFilter {
    @Inject
    SignInThrottle throttle;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refuseIfThrottled(throttle, request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Answers 429 and true when the request's Basic user or address is refused just now. */
    public static boolean refuseIfThrottled(SignInThrottle throttle, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String user = BasicCredentials.user(request.getHeader("Authorization"));
        if (user == null) {
            return false;
        }
        Duration left = throttle.refusedFor(user, request.getRemoteAddr());
        if (left.isZero()) {
            return false;
        }
        long seconds = Math.max(1, left.toSeconds());
        Text why = Text.of("too many failed sign-ins: wait " + seconds + " s before signing in again",
                "登录失败次数过多：请等待 " + seconds + " 秒后再登录");
        Problem problem = new Problem(429, "too-many-sign-ins", "Too many failed sign-ins", why.en(),
                List.of(new FieldError(null, why)), (int) Math.min(Integer.MAX_VALUE, seconds));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson(Languages.choose(Collections.list(request.getLocales()))).toString());
        return true;
    }

    /** Notes a request the container refused for its credentials (a Basic one: bearer tokens are not guessed). */
    public static void noteRefused(SignInThrottle throttle, HttpServletRequest request) {
        String user = BasicCredentials.user(request.getHeader("Authorization"));
        if (user != null) {
            throttle.failed(user, request.getRemoteAddr());
        }
    }
}
