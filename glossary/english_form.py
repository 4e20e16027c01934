"""Cues from an English phrase's own form that it is a cut or a clause, not a term.

The projection of a Vietnamese span can stop inside an English noun phrase or run past
it: "renewable" for "năng lượng tái tạo" (the noun "renewables" cut), "enclosed public"
(the head "places" cut), "worker on a construction", "degrees on the Richter", "Islam
commands" (a verb taken in). An English term rarely has an article after its first
word, and rarely ends in an adjective or an -ing form. These are named features of the
confidence model, never rules: "President of the United States" has an article, and
"Republic" ends in "-ic". The model learns how much each one weighs from the tuning
documents' gold lists.
"""

from __future__ import annotations

import re

__all__ = ["ENGLISH_FORM_FEATURES", "english_form"]

ENGLISH_FORM_FEATURES = ("en_inner_article", "en_tail_adjective", "en_tail_ing", "en_words")

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: adjective endings that few nouns share (not "-al", "-ant", "-ent": "official", "president")
_ADJECTIVE_END = re.compile(r"(?:able|ible|ous|ful|less|ive|ic|ical)$")
_ARTICLES = frozenset({"a", "an", "the"})


def english_form(target: str) -> dict[str, float]:
    """The phrase's form cues, each in [0, 1]. A capitalised last word is a name's and
    says nothing about adjectives ("Atlantic", "Pacific")."""
    words = _WORD.findall(target)
    if not words:
        return dict.fromkeys(ENGLISH_FORM_FEATURES, 0.0)
    last = words[-1]
    lower_last = last.islower()
    return {
        "en_inner_article": float(any(w.lower() in _ARTICLES for w in words[1:])),
        "en_tail_adjective": float(lower_last and len(last) > 4 and _ADJECTIVE_END.search(last) is not None),
        "en_tail_ing": float(lower_last and len(last) > 5 and last.endswith("ing")),
        "en_words": min(len(words), 8) / 8.0,
    }
