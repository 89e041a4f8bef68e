"""What the recognisers of `acg_entities` propose: a span of tokens with a label, a priority and attributes.

When proposals overlap, the more specific rule wins, then the longer span (nlp.entities `_select`).
"""

from __future__ import annotations

from typing import Any

# Priorities when mentions overlap: the more specific rule wins, then the longer span.
RULE, SHAPE, PHRASE, EVENT, NER = 4, 3, 2, 1, 0


class Candidate:
    __slots__ = ("attrs", "end", "label", "priority", "start")

    def __init__(self, start: int, end: int, label: str, priority: int, **attrs: Any) -> None:
        self.start, self.end, self.label, self.priority, self.attrs = start, end, label, priority, attrs
