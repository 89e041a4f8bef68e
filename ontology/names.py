"""Name keys: how a name is compared, so that "Mladić", "MLADIC" and "Mladic" meet."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Lower case, no diacritics, no punctuation, single spaces.

    >>> name_key("Ratko  Mladić"), name_key("al-Gharib"), name_key("Branch 251")
    ('ratko mladic', 'al gharib', 'branch 251')
    """
    if not name.isascii():  # ASCII has no diacritics to take off (and most names are ASCII: 3x faster)
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", name.casefold()).strip()


def name_keys(name: str, aliases: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The distinct keys of a name and its aliases, in order.

    >>> name_keys("Anwar Raslan", ["Raslan", "anwar  raslan"])
    ['anwar raslan', 'raslan']
    """
    if not aliases:  # most names have none
        key = name_key(name)
        return [key] if key else []
    return list(dict.fromkeys(k for k in (name_key(n) for n in (name, *aliases)) if k))


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
             "eighth": "8", "ninth": "9", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
             "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip


def entity_key(label: str, name: str) -> str:
    """The name key, with a unit's number written one way ("3rd Division", "Third Division" -> "3 division").

    >>> entity_key("Organization", "3rd Division"), entity_key("Organization", "Third Division")
    ('3 division', '3 division')
    """
    key = name_key(name)
    if label == "Organization":
        key = " ".join(_ORDINALS.get(w, w[:-2] if w[:-2].isdigit() and w[-2:] in {"st", "nd", "rd", "th"} else w)
                       for w in key.split())  # fmt: skip
    return key
