package io.precog.models.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void printsTokenWithSubjectAndScopes() {
        Path keyFile = folder.resolve("rest/key.json");

        int status = run("--subject", "alice", "--scopes", "models.read,models.promote", "--key-file",
                keyFile.toString());

        assertThat(status).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        Jwt jwt = new LocalTokens(LocalSigningKey.loadOrCreate(keyFile)).decoder().decode(token);
        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("models.read models.promote");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("precog-local");
        assertThat(jwt.getAudience()).containsExactly("precog-model-manager");
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(8 * 3600));
    }

    @Test
    void createsOwnerOnlyKeyFileOnce() throws IOException {
        Path keyFile = folder.resolve("key.json");
        run("--subject", "a", "--key-file", keyFile.toString());
        String firstKey = Files.readString(keyFile);

        run("--subject", "b", "--key-file", keyFile.toString());

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(keyFile)).isEqualTo(firstKey);
        assertThat(out.toString(StandardCharsets.UTF_8).trim().split("\n")).hasSize(2);
    }

    @Test
    void rejectsATokenOfAnotherKey() {
        run("--subject", "alice", "--key-file", folder.resolve("one.json").toString());
        String token = out.toString(StandardCharsets.UTF_8).trim();

        LocalTokens otherKey = new LocalTokens(LocalSigningKey.loadOrCreate(folder.resolve("two.json")));

        assertThatThrownBy(() -> otherKey.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void rejectsInvalidArguments() {
        String keyFile = folder.resolve("key.json").toString();

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
        Path keyFile = folder.resolve("key.json");
        run("--subject", "root", "--scopes", "all", "--key-file", keyFile.toString());

        Jwt jwt = new LocalTokens(LocalSigningKey.loadOrCreate(keyFile)).decoder()
                .decode(out.toString(StandardCharsets.UTF_8).trim());

        assertThat(jwt.getClaimAsString("scope")).isEqualTo("models.read models.write models.promote models.admin");
    }
}
