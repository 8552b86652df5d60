package com.salesmachine.account;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import com.salesmachine.contract.account.AuthResult;
import com.salesmachine.contract.account.ChangePasswordInput;
import com.salesmachine.contract.account.LoginInput;
import com.salesmachine.contract.account.RevokedResult;
import com.salesmachine.contract.account.SessionItem;
import com.salesmachine.contract.account.Settings;
import com.salesmachine.contract.account.SignupInput;
import com.salesmachine.contract.account.UpdateMeInput;
import com.salesmachine.contract.account.UpdateSettingsInput;
import com.salesmachine.contract.account.User;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.common.OkResult;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.Reply;
import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.session.RateCounter;
import com.salesmachine.session.SessionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** signup, login, logout, sessions, profile, password, settings (deleteAccount is GDPR erasure: gdpr/). */
@Configuration(proxyBeanMethods = false)
public class AccountFunctions {

    private final Users users;
    private final Passwords passwords;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final JsonCodec json;
    private final PasswordConfirmation confirmation;

    public AccountFunctions(DatabaseClient db, SessionStore sessions, RateCounter counter, JsonCodec json,
                            SalesMachineProperties properties) {
        this.users = new Users(db);
        this.passwords = new Passwords(10);
        this.sessions = sessions;
        this.throttle = new LoginThrottle(counter, properties.session().namespace(),
                properties.rateLimits().loginFailuresPerWindow(), properties.rateLimits().loginFailureWindow());
        this.json = json;
        this.confirmation = new PasswordConfirmation(passwords, throttle, sessions);
    }

    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Bean
    ApiFunction<SignupInput, Reply<AuthResult>> signup() {
        return (in, caller) -> passwords.hash(in.password())
                .flatMap(hash -> users.insert(normalizeEmail(in.email()), hash, blankToNull(in.fullName()),
                        blankToNull(in.companyName())))
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> ApiException.conflict("An account with this e-mail already exists"))
                .flatMap(user -> sessions.create(user.id(), caller.userAgent())
                        .map(session -> Reply.withSession(new AuthResult(user.toUser(), session),
                                session.token(), session.expiresAt())));
    }

    @Bean
    ApiFunction<LoginInput, Reply<AuthResult>> login() {
        return (in, caller) -> {
            String email = normalizeEmail(in.email());
            return throttle.refuseIfLocked(email)
                    .then(users.byEmail(email).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                    .flatMap(found -> passwords.matches(in.password(), found.map(UserRecord::passwordHash).orElse(null))
                            .flatMap(ok -> ok
                                    ? sessions.create(found.get().id(), caller.userAgent())
                                        .map(session -> Reply.withSession(new AuthResult(found.get().toUser(), session),
                                                session.token(), session.expiresAt()))
                                    : throttle.recordFailure(email).then(Mono.<Reply<AuthResult>>error(new ApiException(
                                            ErrorCode.INVALID_CREDENTIALS, "Wrong e-mail or password")))));
        };
    }

    @Bean
    ApiFunction<Empty, Reply<RevokedResult>> logout() {
        return (in, caller) -> sessions.revoke(caller.requireUser(), caller.sessionId())
                .map(n -> Reply.clearingSession(new RevokedResult(n.intValue())));
    }

    @Bean
    ApiFunction<Empty, Reply<RevokedResult>> logoutEverywhere() {
        return (in, caller) -> sessions.revokeAll(caller.requireUser(), null)
                .map(n -> Reply.clearingSession(new RevokedResult(n.intValue())));
    }

    @Bean
    ApiFunction<Empty, ItemsResult<SessionItem>> listSessions() {
        return (in, caller) -> sessions.list(caller.requireUser(), caller.sessionId()).map(ItemsResult::new);
    }

    @Bean
    ApiFunction<Empty, User> me() {
        return (in, caller) -> user(caller.requireUser()).map(UserRecord::toUser);
    }

    @Bean
    ApiFunction<UpdateMeInput, User> updateMe() {
        return (in, caller) -> {
            checkTimezone(in.timezone());
            return users.updateProfile(caller.requireUser(), in.fullName(), in.companyName(), in.timezone(), in.language())
                    .switchIfEmpty(Mono.error(ApiException.unauthorized()))
                    .map(UserRecord::toUser);
        };
    }

    @Bean
    ApiFunction<ChangePasswordInput, OkResult> changePassword() {
        return (in, caller) -> {
            UUID userId = caller.requireUser();
            return user(userId)
                    .flatMap(u -> confirmPassword(u, caller, in.currentPassword(), "currentPassword",
                            "is not your current password"))
                    .then(passwords.hash(in.newPassword()))
                    .flatMap(hash -> users.updatePassword(userId, hash))
                    .then(sessions.revokeAll(userId, caller.sessionId()))
                    .thenReturn(OkResult.OK);
        };
    }

    @Bean
    ApiFunction<Empty, Settings> getSettings() {
        return (in, caller) -> user(caller.requireUser()).map(this::settingsOf);
    }

    @Bean
    ApiFunction<UpdateSettingsInput, Settings> updateSettings() {
        return (in, caller) -> {
            checkTimezone(in.timezone());
            UUID userId = caller.requireUser();
            return user(userId)
                    .flatMap(u -> {
                        StoredSettings merged = stored(u).merge(in);
                        return users.updateSettings(userId, new String(json.write(merged),
                                java.nio.charset.StandardCharsets.UTF_8), in.timezone());
                    })
                    .map(this::settingsOf);
        };
    }

    /** changePassword's check: see {@link PasswordConfirmation} (deleteAccount's goes through {@link Accounts}). */
    private Mono<Void> confirmPassword(UserRecord user, com.salesmachine.platform.Caller caller, String password,
                                       String field, String issue) {
        return confirmation.confirm(user, caller.sessionId(), password, field, issue);
    }

    private Mono<UserRecord> user(UUID id) {
        // a session whose user is gone (account deleted elsewhere) is no longer a valid session
        return users.byId(id).switchIfEmpty(Mono.error(ApiException.unauthorized()));
    }

    private StoredSettings stored(UserRecord user) {
        return json.mapper().readValue(user.settingsJson(), StoredSettings.class);
    }

    private Settings settingsOf(UserRecord user) {
        return stored(user).withTimezone(user.timezone());
    }

    private static void checkTimezone(String timezone) {
        if (timezone == null) {
            return;
        }
        // the tz database's ids only: ZoneId.of also takes offsets such as "GMT+14" or "+02:00", which are no zone
        if (!ZoneId.getAvailableZoneIds().contains(timezone)) {
            throw ApiException.validation("timezone", "must be an IANA time zone such as Europe/Paris");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
