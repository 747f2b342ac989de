package io.precog.models.adapters.rest.security;

import io.precog.models.domain.model.ModelStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checks that depend on the request body rather than the path: a move to active or deprecated, or a version
 * created as active, needs {@value Scopes#PROMOTE}; any other status change needs {@value Scopes#WRITE}.
 */
public final class Permissions {

    private Permissions() {
    }

    /** @throws AccessDeniedException when the caller may not move a version to {@code target} */
    public static void requireForStatusChange(ModelStatus target) {
        String needed = promotes(target) ? Scopes.PROMOTE : Scopes.WRITE;
        if (!granted(needed)) {
            throw new AccessDeniedException("Moving a model version to " + target.wireName() + " needs the scope "
                    + needed);
        }
    }

    /** @throws AccessDeniedException when the caller may not create a version in {@code status} */
    public static void requireForCreation(ModelStatus status) {
        if (status == ModelStatus.ACTIVE && !granted(Scopes.PROMOTE)) {
            throw new AccessDeniedException("Creating a model version as active needs the scope " + Scopes.PROMOTE);
        }
    }

    private static boolean promotes(ModelStatus target) {
        return target == ModelStatus.ACTIVE || target == ModelStatus.DEPRECATED;
    }

    private static boolean granted(String scope) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String authority = Scopes.authority(scope);
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
