-- The contract makes a template's useCase optional (CreateTemplateInput.useCase, Template.useCase
-- may be null); the CHECK on its values stays and passes NULL.
ALTER TABLE templates ALTER COLUMN use_case DROP NOT NULL;
