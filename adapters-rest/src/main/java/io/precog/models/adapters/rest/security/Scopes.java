package io.precog.models.adapters.rest.security;

import java.util.List;

/**
 * The permissions of the API, carried as OAuth2 scopes in the token's {@code scope} claim. Spring Security
 * grants each as the authority {@code SCOPE_<scope>}.
 */
public final class Scopes {

    /** Read models, classes, events, predictions and validation results. */
    public static final String READ = "models.read";
    /** Create versions, change description, notes and metrics, move between draft and testing, record events
     *  and predictions. */
    public static final String WRITE = "models.write";
    /** Move a version to active or deprecated, create one as active, deprecate all versions but one. */
    public static final String PROMOTE = "models.promote";
    /** Register model classes. */
    public static final String ADMIN = "models.admin";

    /** Every scope, in the order above. */
    public static final List<String> ALL = List.of(READ, WRITE, PROMOTE, ADMIN);

    private Scopes() {
    }

    /** Returns the Spring Security authority of a scope, such as {@code SCOPE_models.read}. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
