-- known_person_names: canonical names of people already stored, for cross-article resolution
-- of short mentions ("Netanyahu" -> "Benjamin Netanyahu"). Returns canonical_name, role, country.
SELECT canonical_name, role, country FROM actors WHERE kind = 'person';
