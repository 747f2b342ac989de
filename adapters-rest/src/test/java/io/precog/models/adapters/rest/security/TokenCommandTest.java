package io.precog.models.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.adapters.rest.PrecogRestApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

class TokenCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TokenCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Creates a key file as the service does when it starts, and returns its path. */
    private Path serviceKey(String name) {
        Path keyFile = folder.resolve(name);
        LocalSigningKey.loadOrCreate(keyFile);
        return keyFile;
    }

    private Jwt printedToken(Path keyFile) {
        return new LocalTokens(LocalSigningKey.load(keyFile)).decoder().decode(out.toString(StandardCharsets.UTF_8)
                .trim());
    }

    @Test
    void printsTokenWithSubjectAndScopes() {
        Path keyFile = serviceKey("key.json");

        int status = run("--subject", "alice", "--scopes", "models.read,models.promote", "--key-file",
                keyFile.toString());

        assertThat(status).isZero();
        Jwt jwt = printedToken(keyFile);
        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("models.read models.promote");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("precog-local");
        assertThat(jwt.getAudience()).containsExactly("precog-model-manager");
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(8 * 3600));
    }

    @Test
    void createsOwnerOnlyKeyFileOnce() throws IOException {
        Path keyFile = folder.resolve("rest/key.json");
        LocalSigningKey.loadOrCreate(keyFile);
        String firstKey = Files.readString(keyFile);

        LocalSigningKey.loadOrCreate(keyFile);

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(keyFile)).isEqualTo(firstKey);
    }

    @Test
    void failsOnAMissingKeyFile() {
        Path keyFile = folder.resolve("typo.json");

        int status = run("--subject", "a", "--key-file", keyFile.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("token: failed: the key file " + keyFile
                + " does not exist; give the key file of the service (precog.security.local-issuer.key-file)");
        assertThat(keyFile).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void acceptsThirtyDaysOfValidity() {
        Path keyFile = serviceKey("key.json");

        int status = run("--subject", "a", "--valid-for", "P30D", "--key-file", keyFile.toString());

        assertThat(status).isZero();
        Jwt jwt = printedToken(keyFile);
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plus(Duration.ofDays(30)));
    }

    @Test
    void rejectsValidityOverThirtyDays() {
        Path keyFile = serviceKey("key.json");

        int status = run("--subject", "a", "--valid-for", "PT721H", "--key-file", keyFile.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("token: --valid-for PT721H is longer than the"
                + " maximum, P30D (30 days); mint a new token when this one expires");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rejectsATokenOfAnotherKey() {
        run("--subject", "alice", "--key-file", serviceKey("one.json").toString());
        String token = out.toString(StandardCharsets.UTF_8).trim();

        LocalTokens otherKey = new LocalTokens(LocalSigningKey.loadOrCreate(folder.resolve("two.json")));

        assertThatThrownBy(() -> otherKey.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void rejectsInvalidArguments() {
        String keyFile = serviceKey("key.json").toString();

        assertThat(run("--subject", "a", "--scopes", "models.delete", "--key-file", keyFile)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown scope 'models.delete'");
        assertThat(run("--scopes", "models.read", "--key-file", keyFile)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--subject is required");
        assertThat(run("--subject", "a", "--valid-for", "8 hours", "--key-file", keyFile)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ISO-8601 duration");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void failsOnAKeyFileThatIsNoKey() throws IOException {
        Path keyFile = folder.resolve("key.json");
        Files.writeString(keyFile, "not a key");

        assertThat(run("--subject", "a", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("token: failed: the key file " + keyFile)
                .contains("delete it to create a new one");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void grantsEveryScopeForAll() {
        Path keyFile = serviceKey("key.json");
        run("--subject", "root", "--scopes", "all", "--key-file", keyFile.toString());

        Jwt jwt = printedToken(keyFile);

        assertThat(jwt.getClaimAsString("scope")).isEqualTo("models.read models.write models.promote models.admin");
    }

    @Test
    void createsTheDefaultKeyFileOnFirstUse() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrecogRestApplication.class.getName(),
                "token", "--subject", "alice")
                .directory(folder.toFile())
                .redirectError(folder.resolve("stderr.txt").toFile())
                .start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Path keyFile = folder.resolve(".precog/rest/jwt-signing-key.json");
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("stderr.txt"))).isZero();
        assertThat(keyFile).exists();
        assertThat(new LocalTokens(LocalSigningKey.load(keyFile)).decoder().decode(token).getSubject())
                .isEqualTo("alice");
    }
}
