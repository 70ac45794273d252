package net.wastenet.app.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Caller;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;

/**
 * The signed-in user of this request as an {@link Actor}: roles from the container (registry
 * groups or a token's groups, mapped to roles by name), scope from {@link Scopes}. Read once per request.
 */
@RequestScoped
public class RequestCaller implements Caller {
    @Inject
    SecurityContext security;
    @Inject
    Scopes scopes;

    private Actor actor;

    @Override
    public Actor actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new NotYoursException(null, Text.of("sign in first", "请先登录"));
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (security.isCallerInRole(role.name())) {
                    roles.add(role);
                }
            }
            Scopes.Scope scope = scopes.of(principal.getName());
            actor = new Actor(principal.getName(), roles, scope.points(), scope.districts(), scope.haulers(),
                    scope.facilities());
        }
        return actor;
    }
}
