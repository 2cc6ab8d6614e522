package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    private final TemplateParser parser = new TemplateParser();
    private final TemplateRenderer renderer = new TemplateRenderer();

    private String render(String source, Map<String, Object> data) {
        return renderer.render(parser.parse("test-template", source), data);
    }

    @Test
    void mergesFieldsSectionsAndLists() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "A*B Telecom");
        data.put("items", List.of("one", "two"));
        data.put("flag", true);
        data.put("empty", null);
        data.put("nested", Map.of("inner", "deep"));
        String out = render("""
                name: T
                ---
                Hello {{name}} {{nested.inner}}
                {{#if flag}}
                yes
                {{else}}
                no
                {{/if}}
                {{#if empty}}hidden{{/if}}{{#unless empty}}shown{{/unless}}
                {{#each items}}
                - {{.}} ({{@index}})
                {{/each}}
                all: {{items}}""", data);
        assertThat(out).isEqualTo("Hello A\\*B Telecom deep\nyes\nshown\n- one (1)\n- two (2)\nall: one and two");
    }

    @Test
    void unknownFieldNamesTemplateAndLine() {
        assertThatThrownBy(() -> render("name: T\n---\nfirst line\nsecond {{recipent.name}}\n", Map.of("recipient", Map.of())))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template test-template, line 4: unknown field 'recipent.name'");
        assertThatThrownBy(() -> render("name: T\n---\n\n\n{{recipient.nam}}\n", Map.of("recipient", Map.of("name", "x"))))
                .isInstanceOf(TemplateException.class)
                .satisfies(e -> assertThat(((TemplateException) e).line()).isEqualTo(5))
                .hasMessageContaining("'recipient' has no 'nam'");
    }

    @Test
    void fieldsInSkippedSectionsAreCheckedToo() {
        LetterTemplate template = parser.parse("t", "name: T\n---\n{{#if flag}}\n{{nmae}}\n{{/if}}\n{{#each rows}}{{cell}}{{/each}}\n");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("flag", false);
        data.put("name", "x");
        data.put("rows", List.of());
        assertThat(renderer.render(template, data)).isEqualTo("\n"); // rendering skips the section...
        assertThatThrownBy(() -> renderer.check(template, data))  // ...the check does not
                .hasMessage("template t, line 4: unknown field 'nmae'");
        data.put("rows", List.of(Map.of("cell", "a")));
        data.put("nmae", "now known");
        renderer.check(template, data);
    }

    @Test
    void unclosedSectionNamesTheOpeningLine() {
        assertThatThrownBy(() -> parser.parse("notice", "name: T\n---\nintro\n{{#if findings.rmd}}\ntext\n"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template notice, line 4: section {{#if findings.rmd}} is never closed (add {{/if}})");
    }

    @Test
    void mismatchedAndMalformedTagsAreReported() {
        assertThatThrownBy(() -> parser.parse("t", "name: T\n---\n{{#each a}}\n{{/if}}\n"))
                .hasMessage("template t, line 4: {{/if}} does not match {{#each a}} opened on line 3");
        assertThatThrownBy(() -> parser.parse("t", "name: T\n---\nok\nbroken {{name\n"))
                .hasMessageStartingWith("template t, line 4: unclosed '{{'");
        assertThatThrownBy(() -> parser.parse("t", "name: T\ncolour: blue\n---\n"))
                .hasMessageStartingWith("template t, line 2: unknown header 'colour'");
        assertThatThrownBy(() -> parser.parse("t", "deadline: reply = 14 fortnights\n---\n"))
                .hasMessageStartingWith("template t, line 1: unknown deadline unit");
    }

    @Test
    void headerDeclaresDeadlinesAndAttachment() {
        LetterTemplate template = parser.parse("t", """
                name: Test letter
                attachment: traced-calls
                deadline: reply = 14 calendar days from-next-day | Reply to us
                deadline: fix = 48 hours
                deadline: work = 10 business days roll-forward | Work
                ---
                body""");
        assertThat(template.name()).isEqualTo("Test letter");
        assertThat(template.attachment()).isTrue();
        assertThat(template.deadlines()).containsExactly(
                new DeadlineRule("reply", 14, DeadlineUnit.CALENDAR_DAYS, false, true, "Reply to us"),
                new DeadlineRule("fix", 48, DeadlineUnit.HOURS, false, false, "fix"),
                new DeadlineRule("work", 10, DeadlineUnit.BUSINESS_DAYS, true, false, "Work"));
    }

    @Test
    void builtInTemplatesParse() {
        for (String slug : TemplateLibrary.BUILT_IN) {
            LetterTemplate template = parser.parse(slug, TemplateLibrary.builtInSource(slug).orElseThrow());
            assertThat(template.body()).isNotEmpty();
        }
    }
}
