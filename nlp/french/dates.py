"""French date expressions as ISO 8601 dates of reduced precision, as nlp/dates.py does for English.

Only what a text states is kept: "13 janvier 2022" is a day, "janvier 2022" a month, "2022" a year; a
day or a month without its year has no date of its own.

    >>> [(m.group(0), iso(m)) for m in DATE.finditer("du 1er avril 2011 au 30 septembre 2012, puis en mars 2013")]
    [('1er avril 2011', '2011-04-01'), ('30 septembre 2012', '2012-09-30'), ('mars 2013', '2013-03')]
    >>> [iso(m) for m in DATE.finditer("le 31 février 2001, en 1994")]
    [None, '1994']
"""

from __future__ import annotations

import re

from nlp.dates import reduced
from nlp.french.lexicon import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?<![\w-])(?:(?P<day>1er|[0-3]?\d)\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<year>1[89]\d\d|20\d\d)(?![\w-])",
    re.IGNORECASE,
)


def iso(m: re.Match[str]) -> str | None:
    """A matched date as a reduced ISO 8601 date; None when it names no real day, or a day without a month."""
    month = MONTHS[m["month"].lower()] if m["month"] else None
    day = (1 if m["day"] == "1er" else int(m["day"])) if m["day"] else None
    return reduced(int(m["year"]), month, day)
