package com.salesmachine.contract.account;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.Access.PUBLIC;
import static com.salesmachine.contract.FunctionSpec.itemsOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.INVALID_CREDENTIALS;

import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.OkResult;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The account and session functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class AccountCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("signup", PUBLIC, SignupInput.class, AuthResult.class, CONFLICT),
      post("login", PUBLIC, LoginInput.class, AuthResult.class, INVALID_CREDENTIALS),
      post("logout", USER, Empty.class, RevokedResult.class),
      post("logoutEverywhere", USER, Empty.class, RevokedResult.class),
      post("listSessions", USER, Empty.class, itemsOf(SessionItem.class)),
      post("me", USER, Empty.class, User.class),
      post("updateMe", USER, UpdateMeInput.class, User.class),
      post("changePassword", USER, ChangePasswordInput.class, OkResult.class),
      post("getSettings", USER, Empty.class, Settings.class),
      post("updateSettings", USER, UpdateSettingsInput.class, Settings.class),
      post("exportMyData", USER, Empty.class, DataExport.class, CONFLICT),
      post("deleteAccount", USER, DeleteAccountInput.class, DeletedResult.class));

  private AccountCatalogue() {
  }
}
