"""English date expressions as ISO 8601 dates of reduced precision.

Only what a text states is kept: "13 July 1995" is a day, "July 1995" a month,
"1995" a year. Relative or partial expressions ("Saturday", "last year",
"13 July" without a year) have no date of their own and give None, so that no
date is ever guessed.
"""

from __future__ import annotations

import calendar
import re

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_FORMS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 13 July 1995, 13th of July, 1995
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # July 13, 1995
    re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 1995-07-13
    re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I),  # July 1995
    re.compile(rf"\b{_YEAR}\b"),  # 1995
]


def normalise(text: str) -> str | None:
    """The first complete date in `text`, at the precision stated, or None.

    >>> normalise("13 July 1995"), normalise("July 13, 1995"), normalise("early July 1995")
    ('1995-07-13', '1995-07-13', '1995-07')
    >>> normalise("in 2011"), normalise("Saturday"), normalise("13 July"), normalise("31 February 2001")
    ('2011', None, None, None)
    """
    for form in _FORMS:
        m = form.search(text)
        if m:
            return _iso(m)
    return None


def whole(text: str) -> str | None:
    """The date when `text` is one date expression and nothing else (a table's date field), or None.

    >>> whole("September 2011"), whole(" 13 July 1995 "), whole("1995-07-13")
    ('2011-09', '1995-07-13', '1995-07-13')
    >>> whole("in 2011"), whole("2015-060-29"), whole("2018-03.20"), whole("Undated")
    (None, None, None, None)
    """
    field = text.strip()
    for form in _FORMS:
        m = form.fullmatch(field)
        if m:
            return _iso(m)
    return None


def _iso(m: re.Match[str]) -> str | None:
    """A matched date form as a reduced ISO 8601 date; None when it names no real day or month."""
    parts = m.groupdict()
    year = int(parts["year"])
    month = parts.get("month")
    if month is None:
        return f"{year:04d}"
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    if not 1 <= number <= 12:
        return None
    day = parts.get("day")
    if day is None:
        return f"{year:04d}-{number:02d}"
    if not 1 <= int(day) <= calendar.monthrange(year, number)[1]:
        return None
    return f"{year:04d}-{number:02d}-{int(day):02d}"


def reduced(year: int, month: int | None, day: int | None) -> str | None:
    """A date at the precision stated, as a reduced ISO 8601 date; None for a day without a month or a day
    or month that does not exist (the French and Spanish recognisers' forms end here too).

    >>> reduced(2013, 5, 10), reduced(1982, 3, None), reduced(1999, None, None), reduced(2001, 2, 31)
    ('2013-05-10', '1982-03', '1999', None)
    """
    if month is None:
        return None if day is not None else f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
