import re
from pathlib import Path

import pytest

import graph.analytics as analytics
from graph.analytics import load_weights
from graph.errors import ValidationError
from graph.model import RelationType

HEADER = "type,weight,sign,rationale\n"


def _full_table(override: str = "") -> str:
    rows = {t.value: f"{t.value},{-1.0 if t.family.value in ('dispute', 'coercion', 'force') else 1.0}," \
                     f"{-1 if t.family.value in ('dispute', 'coercion', 'force') else 1},x" for t in RelationType}
    if override:
        rows[override.split(",")[0]] = override
    return HEADER + "\n".join(rows.values()) + "\n"


def test_default_table_covers_every_type_within_range():
    table = load_weights()
    assert set(table) == {t.value for t in RelationType}
    assert all(-10.0 <= w.weight <= 10.0 for w in table.values())
    assert table["ATTACKS"].weight == -10.0
    assert table["SANCTIONS"].weight < table["ACCUSES"].weight < 0
    assert table["SUPPLIES"].weight > 0 and table["SUPPORTS"].weight > 0


@pytest.mark.parametrize("family,sign", [("cooperation", 1), ("material", 1), ("appeal", 0),
                                         ("dispute", -1), ("coercion", -1), ("force", -1)])
def test_default_signs_follow_families(family, sign):
    table = load_weights()
    assert {w.sign for w in table.values() if w.type.family.value == family} == {sign}


def test_custom_table_is_read(tmp_path: Path):
    path = tmp_path / "w.csv"
    path.write_text(_full_table("ATTACKS,-9.5,-1,custom"))
    assert load_weights(path)["ATTACKS"].weight == -9.5
    assert load_weights(path)["ATTACKS"].rationale == "custom"


@pytest.mark.parametrize("override,message", [
    ("ATTACKS,-11,-1,x", "weight -11.0 is outside [-10, 10]"),
    ("ATTACKS,-5,1,x", "sign must be 0 or the sign of the weight"),
    ("ATTACKS,abc,-1,x", "could not convert string to float"),
], ids=["range", "sign", "number"])
def test_bad_tables_are_refused(tmp_path: Path, override, message):
    path = tmp_path / "w.csv"
    path.write_text(_full_table(override))
    with pytest.raises(ValidationError, match=re.escape(message)):
        load_weights(path)


def test_missing_and_duplicate_types_are_refused(tmp_path: Path):
    path = tmp_path / "w.csv"
    path.write_text(HEADER + "ATTACKS,-10,-1,x\n")
    with pytest.raises(ValidationError, match="no weight for SUPPLIES"):
        load_weights(path)
    path.write_text(_full_table() + "ATTACKS,-10,-1,x\n")
    with pytest.raises(ValidationError, match="ATTACKS appears twice"):
        load_weights(path)


def test_unreadable_file_is_a_validation_error(tmp_path: Path):
    with pytest.raises(ValidationError, match="cannot read weights file"):
        load_weights(tmp_path / "missing.csv")


def test_exported_members_exist():
    assert sorted(analytics.__all__) == sorted(set(analytics.__all__))
    for name in analytics.__all__:
        assert getattr(analytics, name) is not None
