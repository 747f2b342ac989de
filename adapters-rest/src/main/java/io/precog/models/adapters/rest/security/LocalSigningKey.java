package io.precog.models.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs and checks local tokens, stored as a private JSON Web Key in one file. The first
 * process to need it creates it; a process that finds the file reads it, so the service and the
 * {@code token} command always agree on the key.
 */
public final class LocalSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSigningKey.class);
    private static final int KEY_BITS = 2048;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private LocalSigningKey() {
    }

    /**
     * Reads the key in {@code file}, creating the file with a new key when it does not exist.
     *
     * @throws IllegalStateException when the file exists but contains no RSA private key
     */
    public static RSAKey loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    /**
     * Reads the key in {@code file}, which must exist.
     *
     * @throws IllegalStateException when the file does not exist or contains no RSA private key
     */
    public static RSAKey load(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("the key file " + file + " does not exist");
        }
        return read(file);
    }

    private static RSAKey read(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("the key file " + file + " contains no private key; delete it to"
                        + " create a new one (tokens signed with the old key stop working)");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("the key file " + file + " is not an RSA JSON Web Key; delete it to"
                    + " create a new one (tokens signed with the old key stop working)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the key file " + file, e);
        }
    }

    /** Writes a new key to a private temporary file, then links it into place unless another process won. */
    private static void create(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            RSAKey key = new RSAKeyGenerator(KEY_BITS).keyID(UUID.randomUUID().toString()).generate();
            temporary = Files.createTempFile(folder, ".signing-key", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
            LOG.info("Created the local token signing key {}", file);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("Another process created the key file {} first", file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the key file " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary key file {}", path);
        }
    }
}
