"""The words of the claim rules, one module per language (fr, en, de, es, it), each ending in its `ClaimWords` block:
adding a language is one module and its entry in LANGUAGES (rules.py gathers each rule's table, {lang: pattern}, from
these blocks; numbers.py reads the number words). claim_words.py holds the block's fields and the shared patterns.
"""

from __future__ import annotations

from transforms.claims.languages.claim_words import FOLLOWED_NAME, NEVER, SOURCE_NAME, ClaimWords
from transforms.claims.languages.de import DE
from transforms.claims.languages.en import EN
from transforms.claims.languages.es import ES
from transforms.claims.languages.fr import FR
from transforms.claims.languages.it import IT

__all__ = ["FOLLOWED_NAME", "LANGUAGES", "NEVER", "SOURCE_NAME", "ClaimWords"]

LANGUAGES: dict[str, ClaimWords] = {"fr": FR, "en": EN, "de": DE, "es": ES, "it": IT}
