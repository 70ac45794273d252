package net.wastenet.app.logs;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every log record written while an API request runs carries the signed-in user ({@code ext_user} in the JSON logs):
 * the container has authenticated the request before this filter (web.xml constrains /api/*).
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestUserLogs extends HttpFilter {
    public static final String USER = "user";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LogContext.put(USER, request.getRemoteUser());
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.remove(USER);
        }
    }
}
