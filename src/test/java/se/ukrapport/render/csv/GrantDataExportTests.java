package se.ukrapport.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.grants.GrantTargetSummary;

class GrantDataExportTests {

    @TempDir
    Path out;

    @Test
    void writesBomSemicolonsDecimalCommaHalfUpAndEmptyForMissingMeans() throws Exception {
        Path file = GrantDataExport.write(out.resolve("data"), List.of(
                new GrantTargetSummary("Uthållig kommun", "Total energianvändning", 2010, 3, new BigDecimal("7.25"),
                        new BigDecimal("-2.25")),
                new GrantTargetSummary("Kalmar", "Total energianvändning", 2010, 1, null, new BigDecimal("21.249999")),
                new GrantTargetSummary("Norrland", "Total energianvändning", 2010, 0, null, null)));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(file).isEqualTo(out.resolve("data/ees-mal.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "grupp;nyckeltal;ar;antal;medel_mal_2014;medel_mal_2020",
                "Uthållig kommun;Total energianvändning;2010;3;7,3;-2,3", "Kalmar;Total energianvändning;2010;1;;21,2",
                "Norrland;Total energianvändning;2010;0;;");
    }

}
