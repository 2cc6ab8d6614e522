package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmartQuotesTest {

    @Test
    void apostrophesInsideWordsAfterDigitsAndInElisions() {
        assertThat(SmartQuotes.convert("KWK's customers don't answer")).isEqualTo("KWK’s customers don’t answer");
        assertThat(SmartQuotes.convert("in the 1990's and the '90s")).isEqualTo("in the 1990’s and the ’90s");
        assertThat(SmartQuotes.convert("'rock 'n' roll'")).isEqualTo("‘rock ’n’ roll’");
        assertThat(SmartQuotes.convert("the providers' records")).isEqualTo("the providers’ records");
    }

    @Test
    void doubleAndNestedQuotesOpenAfterSpaceOrBracketAndCloseElsewhere() {
        assertThat(SmartQuotes.convert("the Task Force (\"Task Force\")")).isEqualTo("the Task Force (“Task Force”)");
        assertThat(SmartQuotes.convert("\"He said 'stop the calls'.\"")).isEqualTo("“He said ‘stop the calls’.”");
        assertThat(SmartQuotes.convert("'\"quoted\"'")).isEqualTo("‘“quoted”’");
        assertThat(SmartQuotes.convert("a rule—\"knows or consciously avoids knowing\"—applies"))
                .isEqualTo("a rule—“knows or consciously avoids knowing”—applies");
    }

    @Test
    void aQuoteAfterADigitClosesAndNoPrimesAreMade() {
        assertThat(SmartQuotes.convert("see \"47 U.S.C. § 227\".")).isEqualTo("see “47 U.S.C. § 227”.");
        assertThat(SmartQuotes.convert("a 5'10\" cable")).isEqualTo("a 5’10” cable");
    }

    @Test
    void urlsAndAddressesKeepTheirCharactersAndTypographicTextIsUntouched() {
        String url = "at <https://example.com/a'b\"c> and o'brien@example.com";
        assertThat(SmartQuotes.convert(url)).isEqualTo(url);
        String done = "the FCC’s “RMD” ‘list’";
        assertThat(SmartQuotes.convert(done)).isSameAs(done);
        assertThat(SmartQuotes.convert("§ 64.1200(a)(1)–(3)")).isEqualTo("§ 64.1200(a)(1)–(3)");
    }

    @Test
    void aQuoteOpeningARunReadsTheEndOfTheRunBefore() {
        List<Run> runs = SmartQuotes.runs(List.of(Run.plain("hereinafter \""), new Run("RMD R&O", false, true, 0),
                Run.plain("\"), KWK"), new Run("1", false, false, 1), Run.plain("'s notices")));
        assertThat(runs).extracting(Run::text).containsExactly("hereinafter “", "RMD R&O", "”), KWK", "1", "’s notices");
        assertThat(runs.get(1).italic()).isTrue();
        assertThat(runs.get(3).isFootnoteMark()).isTrue();
    }
}
