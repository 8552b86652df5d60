package com.salesmachine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.account.ChangePasswordInput;
import com.salesmachine.contract.account.SignupInput;
import com.salesmachine.contract.account.UpdateSettingsInput;
import com.salesmachine.contract.account.WarmupSettings;
import com.salesmachine.contract.integration.IngestProspectsInput;
import com.salesmachine.contract.integration.RecordInboundReplyInput;
import com.salesmachine.contract.integration.RecordMeetingBookedInput;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.contract.review.BulkApproveInput;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.templates.PreviewTemplateInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The constraint annotations report the fields the documentation says they report. */
class ConstraintsTest {

  private static final jakarta.validation.ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final UUID ID = UUID.randomUUID();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> broken(Object input) {
    Set<String> paths = new TreeSet<>();
    for (ConstraintViolation<Object> violation : VALIDATOR.validate(input)) {
      paths.add(violation.getPropertyPath().toString());
    }
    return paths;
  }

  @Test
  void aValidSignupBreaksNothing() {
    assertThat(broken(new SignupInput("ada@example.com", "correct horse 1", null, null))).isEmpty();
  }

  @Test
  void signupRejectsShortOneClassPasswordsAndBadEmails() {
    assertThat(broken(new SignupInput("not-an-email", "short", "Ada", null))).containsExactly("email", "password", "passwordValid");
    assertThat(broken(new SignupInput("ada@example.com", "abcdefghijkl", null, null))).containsExactly("passwordValid");
    assertThat(broken(new ChangePasswordInput("old", "1234567890123"))).containsExactly("newPasswordValid");
  }

  @Test
  void aProspectNeedsALinkedinUrlOrAnEmail() {
    assertThat(broken(new CreateProspectInput(null, "Ada", "Acme", null, null, null))).containsExactly("emailValid");
    assertThat(broken(new CreateProspectInput(null, "Ada", "Acme", null, "https://linkedin.com/in/ada", null))).isEmpty();
  }

  @Test
  void warmupMaxDaysMayNotBeBelowMinDays() {
    assertThat(broken(new WarmupSettings(10, 8, 20))).containsExactly("maxDaysValid");
    assertThat(broken(new WarmupSettings(6, 16, 41))).containsExactly("dailyActionLimit", "maxDays", "minDays");
    UpdateSettingsInput settings = new UpdateSettingsInput(101, 0, null, null, new WarmupSettings(10, 8, 20), null, null);
    assertThat(broken(settings)).containsExactly("aiConfidenceThreshold", "dailyEmailLimit", "warmup.maxDaysValid");
  }

  @Test
  void anEmptyPartialUpdateIsValid() {
    assertThat(broken(new UpdateSettingsInput(null, null, null, null, null, null, null))).isEmpty();
  }

  @Test
  void bulkApproveTakesOneToAHundredIds() {
    assertThat(broken(new BulkApproveInput(List.of()))).containsExactly("ids");
    assertThat(broken(new BulkApproveInput(Collections.nCopies(101, ID)))).containsExactly("ids");
    assertThat(broken(new BulkApproveInput(List.of(ID)))).isEmpty();
  }

  @Test
  void ingestionChecksTheBatchSizeButLeavesItemsToTheServer() {
    CreateProspectInput bad = new CreateProspectInput(null, "", "", null, null, null);

    assertThat(broken(new IngestProspectsInput(ID, null, List.of(bad)))).isEmpty();
    assertThat(broken(new IngestProspectsInput(ID, null, Collections.nCopies(501, bad)))).containsExactly("prospects");
  }

  @Test
  void inboundRepliesAndBookingsMustNameTheProspect() {
    Instant now = Instant.now();
    assertThat(broken(new RecordInboundReplyInput(ID, null, null, null, Channel.EMAIL, "hi", null, now, "x", null)))
        .containsExactly("prospectIdValid");
    assertThat(broken(new RecordMeetingBookedInput(ID, null, null, "Intro", now, 1441, null, "evt")))
        .containsExactly("durationMinutes", "prospectIdValid");
  }

  @Test
  void previewTakesATemplateIdOrABodyButNotBoth() {
    assertThat(broken(new PreviewTemplateInput(ID, null, "Hi {{firstName}}", ID))).containsExactly("templateIdValid");
    assertThat(broken(new PreviewTemplateInput(null, null, null, ID))).containsExactly("templateIdValid");
    assertThat(broken(new PreviewTemplateInput(ID, null, null, ID))).isEmpty();
  }
}
