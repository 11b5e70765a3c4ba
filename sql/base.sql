-- The extension installs, and says which ICU it runs on.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
SELECT diplotext_version() ~ '^diplotext 0\.1 \(ICU [0-9.]+, Unicode [0-9.]+\)$' AS version_ok;
SELECT extrelocatable, extversion FROM pg_extension WHERE extname = 'diplotext';
