package se.ukrapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.grants.GrantFigure;

/**
 * The members' grant figures come in the order the aggregation relies on, now sorted in
 * Java rather than by the database (regression: H2's ORDER BY spilled a large programme's
 * rows to disk).
 */
class GrantStoreTests {

    private JdbcTemplate jdbc;

    private GrantStore store;

    @BeforeEach
    void database() {
        jdbc = StoreTestDatabase.fresh("grantstore");
        store = new GrantStore(jdbc, new QualityStore(jdbc));
    }

    private void row(int line, String municipality, String keyFigure, int year, String value) {
        jdbc.update(
                "INSERT INTO uk_ees (fil, rad, kommun, grupp, ar, nyckeltal, enhet, absolut, varde)"
                        + " VALUES ('ees/ees-2010.xlsx', ?, ?, 'Kluster 1', ?, ?, 'MWh', TRUE, ?)",
                line, municipality, year, keyFigure, new BigDecimal(value));
    }

    @Test
    void byMunicipalityKeyFigureAndYearAsTheDatabaseSortedThemWithTiesInStoredOrder() {
        row(2, "Örebro", "Total energianvändning", 2010, "1");
        row(3, "Ale", "Total energianvändning", 2010, "2");
        row(4, "Zinkgruvan", "Förnybar energi", 2009, "3");
        row(5, "Ale", "Förnybar energi", 2010, "4");
        row(6, "Ale", "Förnybar energi", 2009, "5");
        row(7, "Ale", "Förnybar energi", 2009, "6");
        row(8, "Åre", "Total energianvändning", 2008, "7");
        jdbc.update("INSERT INTO uk_ees (fil, rad, kommun, grupp, ar, nyckeltal, absolut)"
                + " VALUES ('ees/ees-2010.xlsx', 9, NULL, 'Landsting', 2010, 'Total energianvändning', TRUE)");

        assertThat(store.memberFigures()).extracting(GrantFigure::value)
            .extracting(BigDecimal::intValue)
            .containsExactly(5, 6, 4, 2, 3, 7, 1);
        assertThat(store.memberFigures()).extracting(GrantFigure::municipality)
            .containsExactlyElementsOf(jdbc.queryForList(
                    "SELECT kommun FROM uk_ees WHERE kommun IS NOT NULL ORDER BY kommun, nyckeltal, ar", String.class));
    }

}
