"""Language detection on the English development sets and the foreign fixtures: what nlp.language says.

    .venv/bin/python -m benchmarks.language

Prints, as Markdown: per set, the documents read as English whole, as another language, or English with
foreign sections; then the sentences of the English sets (split at full stops) by length, with those
given another language at all and with a probability of CONFIDENT or more (which a text needs
to be refused).
"""

from __future__ import annotations

import re
from pathlib import Path

from nlp.language import CONFIDENT, detect, read

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "tests/nlp_dev": ROOT / "tests" / "nlp_dev",
    "sfm-nlp-dev": ROOT.parent / "shared" / "data" / "sfm-nlp-dev",
    "tests/language": ROOT / "tests" / "language",
    **{f"tests/nlp_dev_{code}": ROOT / "tests" / f"nlp_dev_{code}" for code in ("fr", "es", "de")},
}


def texts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if not p.stem.endswith("_meta"))


def main() -> None:
    print("| set | documents | read as English, whole | English, with foreign sections | another language |")
    print("|---|---|---|---|---|")
    for label, folder in SETS.items():
        readings = [read(p.read_text(encoding="utf-8")) for p in texts(folder)]
        whole = sum(1 for r in readings if r.language.language == "en" and not r.foreign)
        mixed = sum(1 for r in readings if r.language.language == "en" and r.foreign)
        others = sorted(r.language.language for r in readings if r.language.language != "en")
        print(f"| {label} | {len(readings)} | {whole} | {mixed} | {len(others)} ({', '.join(others) or '-'}) |")
    buckets: dict[str, list[int]] = {}
    for folder in (SETS["tests/nlp_dev"], SETS["sfm-nlp-dev"]):
        for p in texts(folder):
            for sentence in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")):
                words = len(sentence.split())
                if words < 3:
                    continue
                key = "3-7" if words < 8 else "8-19" if words < 20 else "20+"
                guess = detect(sentence)
                row = buckets.setdefault(key, [0, 0, 0])
                row[0] += 1
                row[1] += guess.language != "en"
                row[2] += guess.language != "en" and guess.probability >= CONFIDENT
    print(f"\n| English sentences, words | sentences | another language on top | ... with probability >= {CONFIDENT} |")
    print("|---|---|---|---|")
    for key in ("3-7", "8-19", "20+"):
        total, other, confident = buckets[key]
        print(f"| {key} | {total} | {other} | {confident} |")


if __name__ == "__main__":
    main()
