package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The PDF's output intent has the same bytes whichever JDK writes it (Java 17 or the
 * launcher's 25).
 */
class ArchivalProfileTests {

    @Test
    void theSrgbProfileDiffersFromTheJdksAtMostInItsPlatformField() {
        byte[] ours = ArchivalProfile.srgb().getData();
        byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        assertThat(new String(ours, 40, 4, StandardCharsets.US_ASCII)).isEqualTo("APPL");
        assertThat(ours).hasSameSizeAs(jdk);
        Arrays.fill(ours, 40, 44, (byte) 0);
        Arrays.fill(jdk, 40, 44, (byte) 0);
        assertThat(ours).isEqualTo(jdk);
    }

}
