"""Non-English articles are detected (and routed away by the worker)."""

from __future__ import annotations

import pytest

from service.nlp.language import detect, is_english


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Russia launched 653 drones and 51 missiles at Ukraine overnight, the air force said on "
                     "Sunday, and most of them were shot down by air defences.", "en", id="english"),
        pytest.param("Росія атакувала Україну 653 дронами та 51 ракетою, повідомили в Повітряних силах. "
                     "Більшість із них збили.", "uk", id="ukrainian"),
        pytest.param("Россия атаковала Украину 653 беспилотниками и 51 ракетой, сообщили военные. "
                     "Большинство было сбито, объекты энергетики получили повреждения.", "ru", id="russian"),
        pytest.param("Die Verhandlungen zwischen der Ukraine und den Vereinigten Staaten wurden am Samstag "
                     "ohne Durchbruch beendet, sagte ein Sprecher der Regierung in Kiew.", "und", id="german"),
        pytest.param("Drones hit Kyiv.", "en", id="short-latin"),
        pytest.param("12345 !!! ---", "und", id="no-words"),
    ],
)
def test_detect(text: str, expected: str) -> None:
    assert detect(text) == expected


def test_a_declared_language_is_trusted_unless_it_is_english() -> None:
    assert is_english("uk", "Russia launched drones at Kyiv overnight, officials said.") == (False, "uk")
    assert is_english("en", "Russia launched drones at Kyiv overnight, officials said.") == (True, "en")
    assert is_english(None, "Росія атакувала Київ дронами вночі, повідомили у Повітряних силах.")[0] is False
    assert is_english("en", "Kupiansk, Pokrovsk, Myrnohrad, Kostiantynivka, Siversk, Lyman.") == (True, "en")


def test_leading_white_space_does_not_hide_the_text() -> None:
    assert detect(" " * 30_000 + "Russia launched drones at Kyiv overnight and most of them were shot down "
                  "by air defences, the air force said on Sunday.") == "en"
