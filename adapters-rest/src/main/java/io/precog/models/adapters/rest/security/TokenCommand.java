package io.precog.models.adapters.rest.security;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code token} command: prints a bearer token signed with the local key, for a service that runs with
 * the local issuer (the default). Reads or creates the same key file the service uses, so run it from the
 * same working directory.
 *
 * <pre>
 * token --subject alice --scopes models.read,models.write [--valid-for PT8H] [--key-file PATH]
 * </pre>
 */
public final class TokenCommand {

    /** First argument that selects this command. */
    public static final String NAME = "token";

    static final String USAGE = """
            usage: token --subject NAME [--scopes SCOPE,...] [--valid-for DURATION] [--key-file PATH]
              --subject    who the token identifies; becomes created_by and changed_by of the changes made with it
              --scopes     comma-separated, from models.read, models.write, models.promote, models.admin
                           (default models.read); 'all' for every scope
              --valid-for  ISO-8601 duration such as PT8H or PT15M (default PT8H)
              --key-file   the local signing key (default .precog/rest/jwt-signing-key.json)
            """;

    private TokenCommand() {
    }

    /**
     * Runs the command and returns its exit status: 0 when it printed the token or the usage, 1 when the key
     * file cannot be read or created, 2 for invalid arguments.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help")) {
            out.print(USAGE);
            return 0;
        }
        try {
            Options options = Options.parse(args);
            LocalTokens tokens = new LocalTokens(LocalSigningKey.loadOrCreate(options.keyFile()));
            out.println(tokens.mint(options.subject(), options.scopes(), options.validity(), Clock.systemUTC()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("token: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("token: failed: " + e.getMessage());
            return 1;
        }
    }

    private record Options(String subject, List<String> scopes, Duration validity, Path keyFile) {

        static Options parse(String[] args) {
            String subject = null;
            List<String> scopes = List.of(Scopes.READ);
            Duration validity = LocalIssuerProperties.DEFAULT_VALIDITY;
            Path keyFile = LocalIssuerProperties.DEFAULT_KEY_FILE;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--subject" -> subject = value;
                    case "--scopes" -> scopes = scopes(value);
                    case "--valid-for" -> validity = duration(value);
                    case "--key-file" -> keyFile = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("--subject is required");
            }
            return new Options(subject, scopes, validity, keyFile);
        }

        private static List<String> scopes(String value) {
            if (value.equals("all")) {
                return Scopes.ALL;
            }
            Set<String> scopes = new LinkedHashSet<>();
            for (String scope : value.split("[,\\s]+")) {
                if (scope.isEmpty()) {
                    continue;
                }
                if (!Scopes.ALL.contains(scope)) {
                    throw new IllegalArgumentException("unknown scope '" + scope + "'; use "
                            + String.join(", ", Scopes.ALL));
                }
                scopes.add(scope);
            }
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("--scopes names no scope");
            }
            return new ArrayList<>(scopes);
        }

        private static Duration duration(String value) {
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("--valid-for must be positive: " + value);
                }
                return duration;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--valid-for takes an ISO-8601 duration such as PT8H: " + value);
            }
        }
    }
}
