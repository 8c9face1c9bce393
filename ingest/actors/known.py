"""Full names already in the database, to resolve surname-only mentions across articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.actors.names import name_tokens


@dataclass(frozen=True)
class KnownPeople:
    """Full names already in the database, to resolve surname-only mentions across articles."""

    by_surname: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_names(cls, names) -> KnownPeople:
        by_surname: dict[str, set[str]] = {}
        for name in names:
            parts = name_tokens(name)
            if len(parts) >= 2:
                by_surname.setdefault(parts[-1], set()).add(name)
        return cls({key: tuple(sorted(value)) for key, value in by_surname.items()})

    def full_name(self, surname: str) -> str | None:
        parts = name_tokens(surname)
        candidates = self.by_surname.get(parts[-1], ()) if parts else ()
        return candidates[0] if len(candidates) == 1 else None
