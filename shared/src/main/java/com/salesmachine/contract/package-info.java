/**
 * The API contract: every function's input and output as Java records (see {@link com.salesmachine.contract.Functions}).
 *
 * <p>Conventions the server and the generated TypeScript rely on:
 * <ul>
 *   <li>JSON names are the record component names (camelCase); enum values are the {@code @JsonProperty} names.</li>
 *   <li>A field is required / never null when it is a primitive or carries {@code @NotNull}, {@code @NotBlank} or
 *       {@code @NotEmpty}; every other field may be null (on inputs: may be left out). There is no Optional.</li>
 *   <li>Partial updates (updateMe, updateSettings, updateCampaign, updateProspect, updateTemplate): null means
 *       "not sent, keep the current value".</li>
 *   <li>Cross-field rules are {@code @AssertTrue} methods named {@code is<Field>Valid()}, marked {@code @JsonIgnore}.
 *       Bean Validation reports them under the property path {@code <field>Valid}; strip the {@code Valid} suffix to
 *       get the field to name in the error details. The server checks the same rules.</li>
 *   <li>Items of {@code ingestProspects} are not cascaded: the server validates each item on its own.</li>
 * </ul>
 */
package com.salesmachine.contract;
