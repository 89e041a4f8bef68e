"""ISO 8601 dates of reduced precision ("1995", "1995-07", "1995-07-13").

A reduced date stands for a range of days. Bounds are compared as sortable
keys: the lower key of "1995-07" is "1995-07-00" and its upper key
"1995-07-99", so that a link known to end in July 1995 still holds on
1995-07-31 and a link known to start in 1995 may hold on 1995-01-01.
Keys are plain strings so both store engines compare them the same way.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from ontology.errors import InvalidInput

# The key range of "at no particular date": every bound compares inside it.
ALL_DATES = ("0000-00-00", "9999-99-99")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse(value: str, field: str = "date") -> str:
    """Check a reduced date and return it unchanged; InvalidInput names the field otherwise.

    >>> parse("1995-07")
    '1995-07'
    >>> parse("13 July 1995", "valid_from")
    Traceback (most recent call last):
    ...
    ontology.errors.InvalidInput: valid_from: '13 July 1995' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)
    """
    m = _DATE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise InvalidInput(f"{field}: {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise InvalidInput(f"{field}: {value!r} has no month {month}")
    if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        raise InvalidInput(f"{field}: {value!r} has no day {day}")
    return value.strip()


def precision(value: str) -> str:
    """ "year", "month" or "day".

    >>> precision("1995"), precision("1995-07"), precision("1995-07-13")
    ('year', 'month', 'day')
    """
    return {4: "year", 7: "month", 10: "day"}[len(parse(value))]


@lru_cache(maxsize=65536)  # pure, and the same few dates recur along every path of an answer
def lower_key(value: str | None) -> str | None:
    """Sortable key of the first day a reduced date may stand for.

    >>> lower_key("1995"), lower_key("1995-07"), lower_key("1995-07-13"), lower_key(None)
    ('1995-00-00', '1995-07-00', '1995-07-13', None)
    """
    if value is None:
        return None
    value = parse(value)
    return value + "-00-00"[len(value) - 4 :] if len(value) < 10 else value


@lru_cache(maxsize=65536)
def upper_key(value: str | None) -> str | None:
    """Sortable key of the last day a reduced date may stand for.

    >>> upper_key("1995"), upper_key("1995-07"), upper_key("1995-07-13")
    ('1995-99-99', '1995-07-99', '1995-07-13')
    """
    if value is None:
        return None
    value = parse(value)
    return value + "-99-99"[len(value) - 4 :] if len(value) < 10 else value
