-- The extension installs, and says which ICU it runs on.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
SELECT diplotext_version() ~ '^diplotext 0\.1 \(ICU [0-9.]+, Unicode [0-9.]+\)$' AS version_ok;
SELECT extrelocatable, extversion FROM pg_extension WHERE extname = 'diplotext';
-- The markings of every function: a change to one shows here.
SELECT p.oid::regprocedure AS function, p.provolatile AS vol, p.proisstrict AS strict,
       p.proparallel AS par, p.procost AS cost, p.prorows AS rows
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'diplotext'
ORDER BY p.oid::regprocedure::text;
-- Objects of the extension without COMMENT ON (none)
SELECT pg_describe_object(d.classid, d.objid, 0) AS uncommented
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'diplotext'
WHERE d.deptype = 'e' AND obj_description(d.objid, d.classid::regclass::name) IS NULL
ORDER BY 1;
