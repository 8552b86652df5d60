package com.salesmachine.contract.templates;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.itemsOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The template functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class TemplateCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listTemplates", USER, ListTemplatesInput.class, itemsOf(Template.class)),
      post("createTemplate", USER, CreateTemplateInput.class, Template.class),
      post("updateTemplate", USER, UpdateTemplateInput.class, Template.class, NOT_FOUND, CONFLICT),
      post("deleteTemplate", USER, DeleteTemplateInput.class, DeletedResult.class, NOT_FOUND, CONFLICT),
      post("previewTemplate", USER, PreviewTemplateInput.class, RenderedTemplate.class, NOT_FOUND));

  private TemplateCatalogue() {
  }
}
