package uk.dap.server.security.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.logging.Logger;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.config.OwnerOnlyFiles;

/**
 * The RSA key pair that signs and verifies tokens, kept in {@code <keys dir>/token-signing.pem} (owner-only, created
 * on first start) so that tokens survive a restart. Loaded once per JVM.
 */
public final class TokenKeys {
    private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());
    public static final String FILE_NAME = "token-signing.pem";
    private static volatile KeyPair keyPair;

    private TokenKeys() {
    }

    public static KeyPair get() {
        KeyPair current = keyPair;
        if (current == null) {
            synchronized (TokenKeys.class) {
                current = keyPair;
                if (current == null) {
                    current = loadOrCreate(BootSettings.keysDir().resolve(FILE_NAME));
                    keyPair = current;
                }
            }
        }
        return current;
    }

    /** The public key as PEM, the form MicroProfile JWT's {@code mp.jwt.verify.publickey} takes. */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", get().getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static KeyPair loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                KeyPair created = generator.generateKeyPair();
                if (OwnerOnlyFiles.createNew(file, pem("PRIVATE KEY", created.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII))) {
                    LOG.info(() -> "Created a new token signing key in " + file + " (readable only by its owner).");
                    return created;
                }
            }
            return read(file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create or read the token signing key " + file, e);
        }
    }

    public static KeyPair read(Path file) throws GeneralSecurityException {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
