-- R2P classifier: the coding rules and hard cases of r2p-pillars.md (sections
-- 4.1-4.3, 5), in English, French and Spanish.  Sentences written for the tests.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

CREATE FUNCTION pg_temp.label(p text, ctx boolean DEFAULT false) RETURNS text
LANGUAGE sql AS $$
  SELECT CASE WHEN NOT r2p_relevant(p, ctx) THEN 'none'
              WHEN r2p_pillars(p, ctx) = '{}' THEN 'general'
              ELSE array_to_string(r2p_pillars(p, ctx), ',') END $$;

CREATE TEMP TABLE cases(id text, lang text, expected text, passage text);
INSERT INTO cases VALUES
-- 4.1.1 relevance gate: R2P by name, or the four crimes in the 138/139 frame
('gate-name', 'en', 'general', 'Our delegation has always supported the responsibility to protect.'),
('gate-acronym', 'en', 'general', 'We look forward to this year''s discussion on RtoP and on R2P more broadly.'),
('gate-crimes', 'en', 'general', 'Nobody should have to live in fear of genocide, war crimes, ethnic cleansing and crimes against humanity.'),
('gate-paras', 'en', 'general', 'We remain attached to paragraphs 138 and 139 of the Outcome of the World Summit.'),
('gate-report', 'en', 'general', 'We thank the Secretary-General for his report (A/68/947) and its recommendations.'),
('gate-nothing', 'en', 'none', 'We congratulate the President on his election and pledge our full cooperation.'),
('gate-name', 'fr', 'general', 'Ma délégation appuie pleinement la responsabilité de protéger.'),
('gate-crimes', 'fr', 'general', 'Le génocide, les crimes de guerre, le nettoyage ethnique et les crimes contre l''humanité ne doivent plus jamais se reproduire.'),
('gate-name', 'es', 'general', 'Mi país apoya la responsabilidad de proteger desde su origen.'),
('gate-crimes', 'es', 'general', 'Debemos evitar que se repitan el genocidio, los crímenes de guerra, la depuración étnica y los crímenes de lesa humanidad.'),
-- 4.1.2 who acts: the State (1), outsiders assisting (2), outsiders responding (3)
('who-state', 'en', '1', 'Each State bears the primary responsibility to protect its population from atrocity crimes.'),
('who-assist', 'en', '2', 'Under the responsibility to protect, donors should help States build the capacity to protect their populations.'),
('who-respond', 'en', '3', 'Under the responsibility to protect, the Security Council must be ready to authorize collective action in a timely and decisive manner.'),
('who-state', 'fr', '1', 'La responsabilité première de protéger la population contre les atrocités criminelles incombe à l''État.'),
('who-assist', 'fr', '2', 'Au titre de la responsabilité de protéger, la communauté internationale doit aider les États à renforcer leurs capacités.'),
('who-respond', 'fr', '3', 'Face à ces crimes de guerre, le Conseil de sécurité doit agir au titre du Chapitre VII de la Charte et dans le cadre de la responsabilité de protéger.'),
('who-state', 'es', '1', 'La responsabilidad primordial de proteger a su población contra el genocidio incumbe al Estado.'),
('who-assist', 'es', '2', 'En el marco de la responsabilidad de proteger, la asistencia internacional y el fomento de la capacidad son esenciales.'),
('who-respond', 'es', '3', 'Cuando un Estado manifiestamente no protege a su población del genocidio, el Consejo de Seguridad debe adoptar medidas colectivas.'),
-- 4.1.3 general: R2P named, no pillar tool
('general-support', 'en', 'general', 'The responsibility to protect remains a principle worth defending, and prevention must stay at its core.'),
('general-adviser', 'en', 'general', 'We commend the work of the Special Adviser on the Prevention of Genocide.'),
-- 4.1.4 several pillars, each signalled
('several', 'en', '1,2', 'States have the primary responsibility to protect their populations, and the international community should encourage and help them to do so.'),
('several', 'fr', '1,2', 'La responsabilité première de l''État est essentielle; le deuxième pilier, l''assistance internationale, la complète.'),
-- 4.1.5 manifest failure as a trigger is 3 only; the State's duty as a separate claim adds 1
('failure-trigger', 'en', '3', 'When a State manifestly fails to protect its population from mass atrocities, the international community must act.'),
('failure-separate', 'en', '1,3', 'Every State has the responsibility to protect its own people from ethnic cleansing. Where national authorities are unwilling or unable to do so, the international community should take timely and decisive action.'),
('failure-trigger', 'fr', '3', 'Lorsqu''un État manque manifestement à protéger sa population contre le génocide, une action collective s''impose.'),
-- 4.1.6 criticism of coercion is still pillar 3; selectivity is general; boilerplate is none
('critique-force', 'en', '3', 'We reject any attempt to use the responsibility to protect as a pretext for military intervention and regime change.'),
('critique-selective', 'en', 'general', 'The selective application of the responsibility to protect and its double standards erode trust.'),
('boilerplate', 'en', 'none', 'We reaffirm the sovereign equality of States, their territorial integrity and non-interference in their internal affairs.'),
('critique-force', 'fr', '3', 'Nous refusons que la responsabilité de protéger serve de prétexte au changement de régime ou à une intervention militaire.'),
('critique-selective', 'es', 'general', 'Rechazamos el doble rasero y la aplicación selectiva de la responsabilidad de proteger.'),
('critique-force', 'es', '3', 'La responsabilidad de proteger no puede justificar el uso de la fuerza ni una intervención humanitaria unilateral.'),
-- 4.3 prevention alone is general; with national measures 1; with international support 2
('prevention-alone', 'en', 'general', 'Prevention of atrocity crimes must be our first priority.'),
('prevention-national', 'en', '1', 'To prevent atrocity crimes, my Government has adopted a national action plan and created a national human rights institution.'),
('prevention-support', 'en', '2', 'Preventing genocide requires technical assistance and capacity-building for States that request it.'),
-- 4.3 early warning: UN system general; national 1; Council 3
('early-warning-un', 'en', 'general', 'The early warning capability of the Secretariat on atrocity crimes must be strengthened.'),
('early-warning-national', 'en', '1', 'We have set up a national early warning mechanism against mass atrocities.'),
-- 4.3 ICC: Council referral 3; ratifying the Rome Statute 1
('icc-referral', 'en', '3', 'We urge the Council to refer the situation to the International Criminal Court without delay.'),
('icc-ratify', 'en', '1', 'To prevent genocide, States should ratify the Rome Statute and incorporate it into domestic law.'),
-- 4.3 focal points: national appointment 1
('focal-point', 'en', '1', 'My country has appointed a national focal point for the responsibility to protect.'),
-- 4.3 veto: restraint in atrocity situations 3; Council reform none
('veto-restraint', 'en', '3', 'Permanent members should refrain from using the veto in situations of mass atrocities.'),
('veto-reform', 'en', 'none', 'Africa demands two permanent seats with all the prerogatives of permanent membership, including the veto.'),
('veto-restraint', 'fr', '3', 'La France propose de suspendre le droit de veto en cas de crimes de masse et d''atrocités.'),
('veto-reform', 'fr', 'none', 'La réforme du Conseil de sécurité doit régler la question des sièges permanents et du droit de veto.'),
('veto-reform', 'es', 'none', 'La reforma del Consejo de Seguridad debe abordar los puestos permanentes y el veto.'),
-- 4.3 primary responsibility of the Security Council is not pillar 1
('sc-primary', 'en', 'none', 'The Security Council has the primary responsibility for the maintenance of international peace and security under the Charter.'),
('sc-primary', 'fr', 'none', 'Le Conseil de sécurité a la responsabilité principale du maintien de la paix et de la sécurité internationales.'),
('sc-primary', 'es', 'none', 'El Consejo de Seguridad tiene la responsabilidad primordial de mantener la paz y la seguridad internacionales.'),
-- 4.3 responsibility to protect X, X not populations facing the crimes
('r2p-environment', 'en', 'none', 'We all share a responsibility to protect the environment for future generations.'),
('r2p-borders', 'en', 'none', 'Every Government has a responsibility to protect its borders against smuggling.'),
('r2p-peacekeepers', 'en', 'none', 'Troop contributors have a responsibility to protect the peacekeepers they deploy.'),
('r2p-environment', 'fr', 'none', 'Nous avons tous la responsabilité de protéger l''environnement.'),
('r2p-planet', 'es', 'none', 'Tenemos la responsabilidad de proteger el planeta.'),
-- 4.3 capacity-building for climate or counter-terrorism
('capacity-climate', 'en', 'none', 'Small island States need capacity-building for climate adaptation and finance.'),
('capacity-terror', 'en', 'none', 'We provide assistance to counter-terrorism units of our partners.'),
-- 4.3 a State claiming its own responsibility to protect: 1
('state-claim', 'en', '1', 'Our Government is assuming its responsibility to protect its citizens against armed gangs.'),
-- 4.3 post-conflict reconstruction as part of R2P: 2
('reconstruction', 'en', '2', 'After mass atrocities, the responsibility to protect includes international assistance for post-conflict reconstruction.'),
-- 4.3 protection of civilians, without R2P or the crimes: none
('poc', 'en', 'none', 'Peacekeepers must be given the resources to protect civilians in armed conflict.');

SELECT id, lang, expected, pg_temp.label(passage) AS got,
       pg_temp.label(passage) = expected AS ok
FROM cases ORDER BY lang, id;

-- Context: pillar cues count without a frame of their own; no cue stays none.
SELECT pg_temp.label(p) AS without, pg_temp.label(p, true) AS with_context
FROM (VALUES ('We underscore the need for capacity-building and international assistance.'),
             ('Nous devons renforcer les capacités et l''assistance technique.'),
             ('El Consejo de Seguridad debe actuar con medidas colectivas.'),
             ('We thank the President for convening this meeting.')) v(p);
