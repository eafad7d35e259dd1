"""The built-in gazetteer and user extensions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actorgraph.errors import InputError
from actorgraph.model import ActorType
from actorgraph.nlp.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_builtin_covers_enough_actors(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) >= 300
    kinds = {e.type for e in gazetteer.entries.values()}
    assert {
        ActorType.STATE,
        ActorType.GOVERNMENT,
        ActorType.ARMED_GROUP,
        ActorType.ORGANIZATION,
        ActorType.PERSON,
    } <= kinds
    for entry in gazetteer.entries.values():
        for led in entry.leads:
            assert led in gazetteer.entries, f"{entry.id} leads unknown {led}"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Türkiye", "turkey"),
        ("Ankara", "turkey"),
        ("the Kremlin", "russia"),
        ("Moscow", "russia"),
        ("regime forces", "syrian-government"),
        ("Assad regime", "syrian-government"),
        ("Damascus", "syrian-government"),
        ("HTS", "hts"),
        ("Hayat Tahrir al-Sham", "hts"),
        ("RSF", "rsf"),
        ("Ansar Allah", "houthis"),
        ("Russian jets", "russia"),
        ("Iranian government", "iran"),
        ("Libyan government", "libya-gnu"),  # an explicit alias beats a generated organ phrase
    ],
)
def test_aliases_and_metonyms(gazetteer: Gazetteer, surface: str, expected: str) -> None:
    entry = gazetteer.lookup(surface)
    assert entry is not None and entry.id == expected


def test_demonyms(gazetteer: Gazetteer) -> None:
    assert (e := gazetteer.demonym("Russian")) is not None and e.id == "russia"
    assert (e := gazetteer.demonym("Turkish")) is not None and e.id == "turkey"


def test_leadership_facts(gazetteer: Gazetteer) -> None:
    erdogan = gazetteer.lookup("Erdogan")
    assert erdogan is not None and "turkey" in erdogan.leads


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    rows = [
        {
            "id": "sultan-murad-division",
            "name": "Sultan Murad Division",
            "type": "ARMED_GROUP",
            "aliases": ["Sultan Murad Brigade"],
            "descriptors": ["faction"],
        },
        {"id": "hts", "name": "Hayat Tahrir al-Sham", "type": "ARMED_GROUP", "aliases": ["HTS", "Tahrir"]},
    ]
    extra.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    gaz = Gazetteer.load([extra])
    assert (e := gaz.lookup("Sultan Murad Brigade")) is not None and e.id == "sultan-murad-division"
    assert (e := gaz.lookup("Tahrir")) is not None and e.id == "hts"
    assert len(gaz) == len(Gazetteer.load()) + 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not JSON"),
        ('{"id": "x", "name": "X", "type": "ALIEN"}', "unknown type"),
        ('{"name": "X", "type": "STATE"}', "'id' and 'name' are required"),
        ('{"id": "x", "name": "X", "type": "STATE", "aliases": "X"}', "must be a list"),
    ],
)
def test_bad_user_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "name": "Ok", "type": "STATE"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        Gazetteer.load([bad])
    assert "bad.jsonl" in str(info.value)


def test_unreadable_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gazetteer"):
        Gazetteer.load([tmp_path / "missing.jsonl"])
