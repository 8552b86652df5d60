package com.salesmachine.templates;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

    private static final Map<String, String> VALUES = new RenderValues("Ana María Lopez", "CTO", "Acme", "Lyon",
            "your talk at Devoxx", "slow onboarding", "the Series A", "Sam Seller", "Seller Co").asMap();

    @Test
    void variablesAreListedOnceInOrderOfFirstUseAcrossSubjectAndBody() {
        assertThat(TemplateText.variables("{{companyName}} and {{painPoint}}", "Hi {{firstName}}, {{ companyName }}"))
                .containsExactly("companyName", "painPoint", "firstName");
    }

    @Test
    void aTextWithoutVariablesHasNone() {
        assertThat(TemplateText.variables("Hello there", null)).isEmpty();
        assertThat(TemplateText.variables("a { single } brace {{ and an unclosed one")).isEmpty();
    }

    @Test
    void everyDocumentedVariableRendersFromProspectEnrichmentAndSender() {
        String text = String.join("|", TemplateText.VARIABLES.stream().map(v -> "{{" + v + "}}").toList());

        assertThat(TemplateText.render(text, VALUES)).isEqualTo(
                "Ana|María Lopez|Ana María Lopez|CTO|Acme|Lyon|Sam Seller|Seller Co|your talk at Devoxx|slow onboarding|the Series A");
    }

    @Test
    void spacesInsideTheBracesAreTolerated() {
        assertThat(TemplateText.render("Hi {{ firstName }}!", VALUES)).isEqualTo("Hi Ana!");
    }

    @Test
    void aVariableWithoutAValueRendersEmpty() {
        Map<String, String> values = new RenderValues("Bo", null, "Initech", null, null, null, null, null, null).asMap();

        assertThat(TemplateText.render("{{firstName}}/{{lastName}}/{{painPoint}}/{{jobTitle}}.", values))
                .isEqualTo("Bo///.");
    }

    @Test
    void valuesThatLookLikeRegexReplacementsAreInsertedLiterally() {
        Map<String, String> values = new RenderValues("Bo", null, "$1 \\ Co", null, null, null, null, null, null).asMap();

        assertThat(TemplateText.render("At {{companyName}}", values)).isEqualTo("At $1 \\ Co");
    }

    @Test
    void unknownVariablesAreNamedEachOnce() {
        assertThatThrownBy(() -> TemplateText.render("{{firstName}} {{nickname}} {{ favouriteColour }} {{nickname}}", VALUES))
                .isInstanceOfSatisfying(TemplateText.UnknownVariablesException.class,
                        e -> assertThat(e.names()).containsExactly("nickname", "favouriteColour"));
    }

    @Test
    void variableNamesAreCaseSensitive() {
        assertThat(TemplateText.unknownVariables("{{FirstName}} {{firstname}}")).containsExactly("FirstName", "firstname");
    }

    @Test
    void aNullTextRendersAsNull() {
        assertThat(TemplateText.render(null, VALUES)).isNull();
    }

    @Test
    void theVariableListIsTheOneDocumentedWithTheSystemTemplates() {
        assertThat(TemplateText.VARIABLES).containsExactlyInAnyOrderElementsOf(List.of("firstName", "lastName",
                "fullName", "jobTitle", "companyName", "location", "senderName", "senderCompany", "talkingPoint",
                "painPoint", "recentActivity"));
    }
}
