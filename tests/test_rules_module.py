"""`ingest/rules.py` holds the extractor's word lists and thresholds by name. A name assigned twice
silently replaces the first list for every rule that reads it (this happened once: a new list of
meeting nouns took the name of an older one and a summit's attendees stopped meeting)."""

import ast
from collections import Counter
from pathlib import Path

import ingest.rules


def test_every_rule_name_is_assigned_once():
    tree = ast.parse(Path(ingest.rules.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
