package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeyIsMadeOnceKeptPrivateAndReadBackOnTheNextStart() throws Exception {
        var first = SigningKeys.loadOrCreate(dir);
        Path privateFile = dir.resolve(SigningKeys.PRIVATE_FILE);
        assertThat(privateFile).exists();
        assertThat(Files.readString(dir.resolve(SigningKeys.PUBLIC_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");

        var second = SigningKeys.loadOrCreate(dir);
        assertThat(second.getPrivate().getEncoded()).isEqualTo(first.getPrivate().getEncoded());
        assertThat(second.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
    }
}
