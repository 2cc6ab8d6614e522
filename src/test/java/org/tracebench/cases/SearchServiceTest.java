package org.tracebench.cases;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SearchServiceTest {

    @Parameter
    Store store;


    @TempDir
    static Path dir;
    static Workbench workbench;
    static SearchService search;

    @BeforeParameterizedClassInvocation
    static void open(Store store) {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        Provider belle = workbench.providers().findByName("Belle Telecom LLC").orElseThrow();
        workbench.providers().update(new Provider(belle.id(), belle.name(), belle.kind(), belle.aliases(), "0031000099",
                "RMD0100099", RmdStatus.REGISTERED, false, null, belle.stirShaken(), belle.contact(), false));
        search = workbench.casework().search();
    }

    @AfterParameterizedClassInvocation
    static void close() {
        workbench.close();
    }

    private static List<SearchHit> hits(String q, SearchHit.Kind kind) {
        return search.search(q, 20).stream().filter(h -> h.kind() == kind).toList();
    }

    @Test
    void findsCasesAndProvidersByAnyName() {
        assertThat(hits("kwaifong", SearchHit.Kind.CASE)).extracting(SearchHit::title)
                .containsExactly("HK KwaiFong Task Force notice (2025)");
        assertThat(hits("Green Packet Global", SearchHit.Kind.PROVIDER)).extracting(SearchHit::title)
                .containsExactly("GREEN PACKET GLOBAL PTE LTD");
        assertThat(hits("Illum Telecommunication", SearchHit.Kind.PROVIDER)).singleElement()
                .satisfies(h -> assertThat(h.title()).isEqualTo("PZ/Illum Telecommunication Telecommunication LLC"));
    }

    @Test
    void findsProvidersByFrnAndRmdNumber() {
        assertThat(hits("31000099", SearchHit.Kind.PROVIDER)).extracting(SearchHit::title).containsExactly("Belle Telecom LLC");
        assertThat(hits("0031000099", SearchHit.Kind.PROVIDER)).extracting(SearchHit::title).containsExactly("Belle Telecom LLC");
        assertThat(hits("rmd0100099", SearchHit.Kind.PROVIDER)).extracting(SearchHit::title).containsExactly("Belle Telecom LLC");
    }

    @Test
    void findsCampaignsAndCallsByNumberHoweverTyped() {
        assertThat(hits("ssa imp", SearchHit.Kind.CAMPAIGN)).extracting(SearchHit::title).contains("SSA Imposter");
        assertThat(hits("(202) 555-0182", SearchHit.Kind.CALL)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.title()).startsWith("+12025550182"));
        assertThat(hits("312-555-0151", SearchHit.Kind.CALL)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.title()).endsWith("+13125550151"));
        assertThat(hits("TB-HK-001", SearchHit.Kind.CALL)).hasSize(1);
        assertThat(search.search("   ", 10)).isEmpty();
    }

    @Test
    void numberPrefixesCoverTheUsualSpellings() {
        assertThat(SearchService.numberPrefixes("(202) 555-0182")).contains("+12025550182", "2025550182");
        assertThat(SearchService.numberPrefixes("+44 20 7946")).contains("+44207946");
        assertThat(SearchService.numberPrefixes("SSA")).isEmpty();
    }
}
