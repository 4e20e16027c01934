"""English word classes and the cut-head test the miner applies (glossary/english_words.py)."""

from glossary.english_words import modifier_without_head, subject_and_participle, word_classes


def test_word_classes_come_from_the_shipped_lexicon():
    assert word_classes("disarmament") == {"NOUN"}
    assert {"NOUN", "VERB"} <= word_classes("change")
    assert word_classes("nautical") == {"ADJ"}
    assert word_classes("kaohsiung") == frozenset()  # a name: the lexicon does not know it
    assert word_classes("1441") == frozenset()


def test_a_hyphenated_word_is_read_by_its_last_part():
    assert word_classes("carbon-emitting") == word_classes("emitting")


def test_an_adjective_that_is_never_a_noun_ends_no_term():
    assert modifier_without_head("nautical")
    assert modifier_without_head("professional political")
    assert modifier_without_head("Iranian nuclear")


def test_an_adverb_after_the_noun_ends_no_term_either():
    assert modifier_without_head("car park below")
    assert modifier_without_head("Haitian government officially")
    assert modifier_without_head("APEC summit in 2007")  # the year is no word: "in" ends it


def test_noun_phrases_keep_their_english():
    for target in ("nautical miles", "use of force", "peaceful co-existence", "disarmament", "regime change"):
        assert not modifier_without_head(target), target


def test_words_that_are_adjectives_and_nouns_stay():
    # "national", "official", "capital", "chemical" head noun phrases of their own
    for target in ("national", "senior official", "capital", "chemical", "liberal"):
        assert not modifier_without_head(target), target


def test_names_are_not_judged():
    assert not modifier_without_head("Pacific")
    assert not modifier_without_head("Nuclear")
    assert not modifier_without_head("")


def test_a_plural_noun_and_a_verb_in_ing_is_a_clause_not_a_noun_of_action():
    for target in ("MPs voting", "journalists working", "countries ratifying", "Scientists studying"):
        assert subject_and_participle(target), target
    for target in ("money laundering", "passive smoking", "news reporting", "physics teaching", "bombings", ""):
        assert not subject_and_participle(target), target


def test_a_plural_has_its_singular_by_spelling():
    from glossary.english_words import singular

    assert [singular(w) for w in ("parties", "Stations", "votes")] == ["party", "station", "vote"]
    assert [singular(w) for w in ("news", "status", "crisis", "class", "ties", "bus", "MPs")] == [
        "news", "status", "crisis", "class", "tie", "bus", "mps",
    ]  # fmt: skip


def test_a_singular_has_its_plural_by_spelling_and_back():
    from glossary.english_words import plural, singular

    assert [plural(w) for w in ("Committee", "policy", "key", "highway")] == [
        "committees", "policies", "keys", "highways",
    ]  # fmt: skip
    assert all(singular(plural(w)) == w for w in ("committee", "policy", "key", "station"))
