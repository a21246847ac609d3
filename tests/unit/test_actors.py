"""One test per rule of people and side recognition, with sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from service.nlp.actors import countries_in, country_code, find_people, fold, lookup_person, side_of
from service.nlp.actors_text import _RUN, runs


def names(text: str) -> list[tuple[str, str | None]]:
    return [(p.person.name, p.person.country) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky said the army held.", ("Volodymyr Zelenskyy", "UA")),
        ("President Volodymyr Zelenskiy spoke.", ("Volodymyr Zelenskyy", "UA")),
        ("Erdoğan hosted the talks.", ("Recep Tayyip Erdogan", "TR")),
        ("Mevlüt Çavuşoğlu tweeted.", ("Mevlut Cavusoglu", "TR")),
        ("Sergey Lavrov flew to Ankara.", ("Sergei Lavrov", "RU")),
        ("Ursula von der Leyen arrived.", ("Ursula von der Leyen", None)),
        ("Kim Jong-un received the delegation.", ("Kim Jong Un", "KP")),
        ("Witkoff landed in Moscow.", ("Steve Witkoff", "US")),
    ],
    ids=["surname-variant", "full-name-variant", "diacritics", "diacritics-full", "first-name-variant",
         "particle-surname", "hyphenated", "distinctive-surname"],
)
def test_lexicon_people(text, expected):
    assert names(text)[0] == expected


def test_ambiguous_surname_needs_full_name_first():
    assert names("Johnson said little.") == []
    assert names("Boris Johnson visited Kyiv. Johnson said little.") == [
        ("Boris Johnson", "GB"),
        ("Boris Johnson", "GB"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgian Foreign Minister Maxime Prevot met him.", ("Maxime Prevot", "BE", "foreign minister")),
        ("He spoke with Swiss counterpart Beat Jans.", ("Beat Jans", "CH", "counterpart")),
        ("Estonian Prime Minister Kristen Michal said.", ("Kristen Michal", "EE", "prime minister")),
        ("The envoy met Qatar's minister of state Mohammed Al-Khulaifi.",
         ("Mohammed Al-Khulaifi", "QA", "minister of state")),
    ],
    ids=["adjective-title", "counterpart", "prime-minister", "possessive-country"],
)
def test_titled_unknown_people(text, expected):
    person = find_people(text)[0].person
    assert (person.name, person.country, person.role) == expected


def test_titled_unknown_surname_follow_up():
    text = "Dutch Defence Minister Ruben Brekelmans visited Odesa. Brekelmans pledged drones."
    assert [p.text for p in find_people(text)] == ["Ruben Brekelmans", "Brekelmans"]


def test_title_before_known_person_keeps_lexicon_name():
    assert names("Turkish Foreign Minister Hakan Fidan said") == [("Hakan Fidan", "TR")]


def test_offsets_point_into_the_original_text():
    text = "Talks between Çavuşoğlu and Lavrov"
    for p in find_people(text):
        assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces shelled the village", "RU"),
        ("Moscow said the strike hit", "RU"),
        ("the Kremlin denied it", "RU"),
        ("Russia's defence ministry said", "RU"),
        ("Ukrainian troops pushed back", "UA"),
        ("Kyiv said", "UA"),
        ("Ukraine's air force reported", "UA"),
        ("the SBU detained two agents", "UA"),
        ("the weather was cold", None),
    ],
    ids=["ru-adjective", "ru-capital", "ru-kremlin", "ru-possessive", "ua-adjective", "ua-capital",
         "ua-possessive", "ua-service", "none"],
)
def test_side_of(text, expected):
    assert side_of(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Turkish", "TR"), ("Russia's", "RU"), ("U.S.", "US"), ("United Kingdom", "GB"), ("Qatari", "QA"),
     ("Martian", None)],
    ids=["adjective", "possessive", "dotted", "multiword", "gulf", "unknown"],
)
def test_country_code(word, expected):
    assert country_code(word) == expected


def test_countries_in_hyphenated_pair():
    assert [c for _, _, c in countries_in("US-Ukraine talks between Ukrainian and American officials")] == [
        "US", "UA", "UA", "US"]


def test_us_pronoun_is_not_a_country():
    assert countries_in("Let us talk") == []


def test_fold_keeps_length():
    text = "Erdoğan, Çavuşoğlu, Łukasz, Zelenskyy — Київ"
    assert len(fold(text)) == len(text)


def test_lookup_person():
    assert lookup_person("Zelenskiy").name == "Volodymyr Zelenskyy"
    assert lookup_person("Nobody Atall") is None


def test_big_input_is_fast_and_empty_is_empty():
    big = "President Putin met Minister Aaa Bbb Ccc " * 20_000 + "Кремль " * 10_000
    t0 = time.perf_counter()
    find_people(big)
    side_of(big)
    assert time.perf_counter() - t0 < 3.0
    assert find_people("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation included Oksana Marchenko, a deputy minister, and others.", ("Oksana Marchenko", None)),
        ("Moscow sent Pavel Sorokin, an adviser to the Russian president.", ("Pavel Sorokin", "RU")),
    ],
    ids=["appositive-deputy", "appositive-adviser-with-country"],
)
def test_appositive_title_names_an_unknown_person(text, expected):
    assert expected in names(text)


def test_institution_after_a_lower_case_title_is_no_person():
    text = "Taras Melnyk, secretary of the National Security and Defence Council, spoke."
    assert ("National Security", "UA") not in names(text) and all(n != "National Security" for n, _ in names(text))


def test_country_and_side_patterns_skip_ahead_but_match_whole_words():
    text = "XUkraine and Ukraine's allies; Russia-Ukraine talks; the U.S.Russia link."
    assert [c for _s, _e, c in countries_in(text)] == ["UA", "RU", "UA"]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ali Bakr met Ursula von der Leyen in Brussels.",
        "The envoy met Sheikh Abdullah al-Thani and Omar el-Bashir's aide.",
        "Defence Minister Anna Berg and her Polish counterpart spoke on Tuesday.",
        "an all-day session; a vote at the European Council, then a press call.",
        "",
    ],
    ids=["von-der", "al-el-particles", "upper-case-only", "lower-case-words-only", "empty"],
)
def test_capitalised_runs_match_the_full_run_pattern(text: str) -> None:
    """The upper-case-only fast path finds exactly the runs of the full pattern (particles included)."""
    assert [m.span() for m in runs(text)] == [m.span() for m in _RUN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the Trump-Putin summit would be short.", ["Donald Trump", "Vladimir Putin"]),
        ("A Zelensky-Erdogan meeting is planned.", ["Volodymyr Zelenskyy", "Recep Tayyip Erdogan"]),
        ("The Moscow-Kyiv talks stalled.", []),
        ("A Putin-style crackdown followed.", []),
    ],
    ids=["surname-pair-summit", "surname-pair-meeting", "cities-are-no-people", "no-event-noun"],
)
def test_hyphenated_surname_pairs_before_an_event_noun(text, expected):
    assert [name for name, _c in names(text)] == expected


def test_titled_name_with_an_al_particle():
    found = find_people("The meeting was chaired by Saudi national security adviser Musaed al-Aiban.")
    assert [(p.person.name, p.person.country) for p in found] == [("Musaed al-Aiban", "SA")]
