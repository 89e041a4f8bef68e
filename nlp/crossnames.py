"""The English name of an institution named in French, Spanish or German, so that one court or one
service read in two languages is one entity: "Oberlandesgericht Koblenz" is also "Higher Regional Court
of Koblenz", "Direction de la documentation et de la sécurité" also "Documentation and Security
Directorate". The names are given to the entity as aliases, which resolution across documents joins by
(ingest/resolve.py); nothing is renamed. Only institutions whose English name is a fixed form are listed:
a name is never translated word by word.
"""

from __future__ import annotations

import re

# (pattern on the name as written, English forms; "{0}" is the pattern's group: a city or a country)
_FORMS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), forms)
    for p, forms in (
        # German
        (r"^Oberlandesgericht (?:in )?([A-ZÄÖÜ][\w-]+(?: am [A-Z]\w+)?)$",
         ("Higher Regional Court of {0}", "Higher Regional Court {0}", "{0} Higher Regional Court")),
        (r"^Landgericht ([A-ZÄÖÜ][\w-]+)$", ("Regional Court of {0}", "{0} Regional Court")),
        (r"^Bundesgerichtshof$", ("Federal Court of Justice",)),
        (r"^Generalbundesanwalt(?: beim Bundesgerichtshof)?$", ("Federal Public Prosecutor General",)),
        (r"^Bundesverfassungsgericht$", ("Federal Constitutional Court",)),
        (r"^Allgemeine[rn]? Geheimdienst(?:es)?$", ("General Intelligence Directorate",)),
        # French
        (r"^Cour d'assises de ([A-Z][\w-]+)$", ("Assize Court of {0}", "{0} Assize Court", "{0} Court of Assizes")),
        (r"^Cour d'appel de ([A-Z][\w-]+)$", ("Court of Appeal of {0}", "{0} Court of Appeal")),
        (r"^Tribunal judiciaire de ([A-Z][\w-]+)$", ("Judicial Court of {0}", "{0} Judicial Court")),
        (r"^Tribunal de grande instance de ([A-Z][\w-]+)$", ("Tribunal de grande instance of {0}",
                                                             "{0} Regional Court")),
        (r"^Cour de cassation$", ("Court of Cassation",)),
        (r"^Cour pénale internationale$", ("International Criminal Court",)),
        (r"^Tribunal pénal international pour le Rwanda$", ("International Criminal Tribunal for Rwanda",)),
        (r"^Tribunal pénal international pour l'ex-Yougoslavie$",
         ("International Criminal Tribunal for the former Yugoslavia",)),
        (r"^Chambres africaines extraordinaires$", ("Extraordinary African Chambers",)),
        (r"^Chambres extraordinaires au sein des tribunaux cambodgiens$",
         ("Extraordinary Chambers in the Courts of Cambodia",)),
        (r"^Tribunal spécial pour la Sierra Leone$", ("Special Court for Sierra Leone",)),
        (r"^Direction de la documentation et de la sécurité$", ("Documentation and Security Directorate",)),
        (r"^Conseil des droits de l'homme(?: des Nations [Uu]nies)?$", ("Human Rights Council",)),
        # Spanish
        (r"^Corte Suprema de Justicia(?: de ([A-Z][\w ]+))?$", ("Supreme Court of Justice", "Supreme Court")),
        (r"^Corte Interamericana de Derechos Humanos$", ("Inter-American Court of Human Rights",)),
        (r"^Comisión Interamericana de Derechos Humanos$", ("Inter-American Commission on Human Rights",)),
        (r"^Corte de Constitucionalidad$", ("Constitutional Court",)),
        (r"^Corte Penal Internacional$", ("International Criminal Court",)),
        (r"^Ejército de ([A-Z][\w]+)$", ("Army of {0}",)),
        (r"^Comisión de la Verdad y Reconciliación$", ("Truth and Reconciliation Commission",)),
    )
)  # fmt: skip


def english_names(name: str) -> list[str]:
    """The English forms of an institution's name written in another language (none if it is not listed).

    >>> english_names("Oberlandesgericht Koblenz")[0], english_names("Cour d'assises de Paris")[1]
    ('Higher Regional Court of Koblenz', 'Paris Assize Court')
    >>> english_names("Direction de la documentation et de la sécurité"), english_names("Boko Haram")
    (['Documentation and Security Directorate'], [])
    """
    text = " ".join(name.split())
    for pattern, forms in _FORMS:
        m = pattern.match(text)
        if m is None:
            continue
        place = next((g for g in m.groups() if g), "")
        return [f.format(place) for f in forms if "{0}" not in f or place]
    return []
