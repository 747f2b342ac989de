package io.precog.models.adapters.rest.security;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * the local issuer (the default). Reads the same key file the service uses, so run it from the same working
 * directory. Only the default key file is created when missing; a key file given by path must exist.
 *
 * <pre>
 * token --subject alice --scopes models.read,models.write [--valid-for PT8H] [--key-file PATH]
 * </pre>
 */
public final class TokenCommand {

    /** First argument that selects this command. */
    public static final String NAME = "token";

    /** Maximum validity of a token, so that a lost token stops working within this time. */
    static final Duration MAX_VALIDITY = Duration.ofDays(30);

    static final String USAGE = """
            usage: token --subject NAME [--scopes SCOPE,...] [--valid-for DURATION] [--key-file PATH]
              --subject    who the token identifies; becomes created_by and changed_by of the changes made with it
              --scopes     comma-separated, from models.read, models.write, models.promote, models.admin
                           (default models.read); 'all' for every scope
              --valid-for  ISO-8601 duration such as PT8H, PT15M or P7D (default PT8H, at most P30D)
              --key-file   the service's signing key, which must exist
                           (default .precog/rest/jwt-signing-key.json, created on first use)
            """;

    private TokenCommand() {
    }

    /**
     * Runs the command and returns its exit status: 0 when it printed the token or the usage, 1 when the key
     * file does not exist or cannot be read or created, 2 for invalid arguments.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help")) {
            out.print(USAGE);
            return 0;
        }
        try {
            Options options = Options.parse(args);
            LocalTokens tokens = new LocalTokens(signingKey(options.keyFile()));
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

    /** Reads the key file, creating it only at the default location, so that a mistyped path is not a new key. */
    private static RSAKey signingKey(Path keyFile) {
        Path absolute = keyFile.toAbsolutePath().normalize();
        if (absolute.equals(LocalIssuerProperties.DEFAULT_KEY_FILE.toAbsolutePath().normalize())) {
            return LocalSigningKey.loadOrCreate(keyFile);
        }
        if (!Files.exists(keyFile)) {
            throw new IllegalStateException("the key file " + keyFile + " does not exist; give the key file of the"
                    + " service (precog.security.local-issuer.key-file), which the service creates when it starts,"
                    + " or leave out --key-file to use " + LocalIssuerProperties.DEFAULT_KEY_FILE);
        }
        return LocalSigningKey.load(keyFile);
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
            Duration duration;
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--valid-for takes an ISO-8601 duration such as PT8H: " + value);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("--valid-for must be positive: " + value);
            }
            if (duration.compareTo(MAX_VALIDITY) > 0) {
                throw new IllegalArgumentException("--valid-for " + value + " is longer than the maximum, P30D"
                        + " (30 days); mint a new token when this one expires");
            }
            return duration;
        }
    }
}
