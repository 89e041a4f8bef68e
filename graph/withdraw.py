"""What a document's earlier reading asserted, taken back before the document is read again.

An ingest by a newer extractor reads a stored document again (ingest.documents):
its earlier reading may hold a link the newer rules no longer make, and a wrong
link must not outlive the rule that fixed it. Each assertion citing the
document is dropped, in one transaction, except those a reviewer has judged
(confirmed, edited or rejected: a person's judgement stands, and a rejected
one stays rejected if the new reading makes it again); one that cites other
documents too keeps its id and their evidence and loses the document's.
Entities stay: a node carries no evidence of which document named it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from graph.rows import row_relation
from graph.store import Change, DropRelation, PutRelation, Store
from ontology import load


@dataclass(frozen=True)
class Withdrawn:
    dropped: int  # assertions the document alone gave
    narrowed: int  # assertions that keep the evidence of other documents
    reviewed: int  # assertions a reviewer judged, kept as they are


def withdraw(store: Store, document: str) -> Withdrawn:
    """Take back what `document` (its id, "sha256:…") asserted and no reviewer has judged."""
    changes: list[Change] = []
    dropped = narrowed = reviewed = 0
    for p in load().predicates.values():
        for s, o in p.pairs():
            for row in store.citing(p.name, s, o, document):
                r = row_relation(p.name, row)
                if r.attributes.get("review_status", "unreviewed") != "unreviewed":
                    reviewed += 1
                    continue
                changes.append(DropRelation(p.name, (s, o), r.assertion_id()))
                others = [span for span in r.evidence if span.document != document]
                if others:
                    changes.append(PutRelation(replace(r, evidence=others), (s, o)))
                    narrowed += 1
                else:
                    dropped += 1
    if changes:
        store.apply(changes)
    return Withdrawn(dropped, narrowed, reviewed)
