package com.salesmachine.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.salesmachine.contract.common.EmailRules;
import org.junit.jupiter.api.Test;

/** The import figure's CSV rows: the counts its verdict rows expect, and each kind of row being what it claims. */
class ImportFiguresTest {

    private static final int ROWS = 50_000;

    @Test
    void fiftyThousandRowsHoldFivePercentDuplicatesAndOnePercentBadRows() {
        Map<ImportFigures.Kind, Integer> kinds = new EnumMap<>(ImportFigures.Kind.class);
        for (int i = 0; i < ROWS; i++) {
            kinds.merge(ImportFigures.kind(i), 1, Integer::sum);
        }
        assertThat(kinds.get(ImportFigures.Kind.GOOD)).isEqualTo(47_000);
        assertThat(kinds.get(ImportFigures.Kind.DUPLICATE_LINKEDIN) + kinds.get(ImportFigures.Kind.DUPLICATE_EMAIL))
                .isEqualTo(2_500);
        assertThat(kinds.get(ImportFigures.Kind.DUPLICATE_LINKEDIN)).isEqualTo(1_250);
        assertThat(kinds.get(ImportFigures.Kind.BAD_EMAIL) + kinds.get(ImportFigures.Kind.NO_NAME)).isEqualTo(500);
    }

    @Test
    void goodRowsAreDistinctAndEveryDuplicateRepeatsAnEarlierGoodRowOnlyThroughCaseOrSlash() {
        Map<String, Integer> linkedin = new HashMap<>();
        Map<String, Integer> email = new HashMap<>();
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> row = ImportFigures.row(i);
            String url = row.get("linkedinUrl");
            String mail = row.get("email");
            switch (ImportFigures.kind(i)) {
                case GOOD -> {
                    assertThat(row.get("fullName")).isNotBlank();
                    assertThat(mail).matches(EmailRules.DOMAIN_WITH_DOT);
                    assertThat(linkedin.put(normalised(url), i)).as("row %d's LinkedIn URL is new", i).isNull();
                    assertThat(email.put(mail.toLowerCase(Locale.ROOT), i)).as("row %d's e-mail is new", i).isNull();
                }
                case DUPLICATE_LINKEDIN -> {
                    assertThat(mail).isNull();
                    assertThat(linkedin).as("row %d repeats an earlier LinkedIn URL", i).containsKey(normalised(url));
                    String original = ImportFigures.row(linkedin.get(normalised(url))).get("linkedinUrl");
                    assertThat(url).isNotEqualTo(original).isNotEqualToIgnoringCase(original).endsWith("/");
                }
                case DUPLICATE_EMAIL -> {
                    assertThat(url).isNull();
                    assertThat(email).as("row %d repeats an earlier e-mail", i).containsKey(mail.toLowerCase(Locale.ROOT));
                    String original = ImportFigures.row(email.get(mail.toLowerCase(Locale.ROOT))).get("email");
                    assertThat(mail).isNotEqualTo(original).isEqualToIgnoringCase(original);
                }
                case BAD_EMAIL -> {
                    assertThat(url).isNull();
                    assertThat(mail).doesNotMatch(EmailRules.DOMAIN_WITH_DOT);
                }
                case NO_NAME -> assertThat(row).doesNotContainKey("fullName");
            }
        }
    }

    /** What sm_normalize_linkedin_url does to these URLs (lower case, no scheme, no www., no trailing slash). */
    private static String normalised(String url) {
        return url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }
}
