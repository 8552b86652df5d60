-- Issue 16: the cockpit's UI language is part of the profile (users.timezone already is), 'en' or 'fr'.
ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'en'
    CONSTRAINT users_language_check CHECK (language IN ('en', 'fr'));
