"""Which language a short text is in, from its function words.

A reply must be in the customer's language. Social posts are short, mixed with names, codes and
emoji, and a trainee's reply is judged live, so the guess has to be cheap, deterministic and
explainable: count the words of each language's closed class (articles, pronouns, prepositions,
auxiliaries) and take the clear winner. It only names a language when the evidence is plain
(three such words, twice as many as any other language); otherwise it says "unknown" and the
rule stays silent. No model files, no dependency: the lists below are the whole detector.
Covered: English, French, German, Spanish, Italian, Portuguese, Dutch.
"""

from __future__ import annotations

from functools import lru_cache

from scoring.tone.text import WORD

# Words that are frequent in one language and rare as words in the others ("a", "de", "in",
# "die", "son" and the like are left out because several languages share them).
_FUNCTION_WORDS = {
    "en": "the and you your we our is are was were have has been this that with for not it's "
          "i'm we're you're don't can't will would could should about from they there what "
          "which when sorry please thanks hi hello just here been into",
    "fr": "le la les des une est sont vous votre vos nous notre nos je pas avec pour dans sur "
          "mais très ça cette c'est j'ai bonjour merci désolé désolée déjà avons êtes être "
          "aussi votre au aux du ou où qui que",
    "de": "der die das und ist sind sie ihr ihre wir unser unsere ich nicht mit für auf bei "
          "aber sehr auch noch schon haben hat wird werden es ein eine einen dem den bitte "
          "danke hallo leider entschuldigung uns",
    "es": "el los las una es son usted ustedes su sus nosotros nuestro nuestra yo pero muy "
          "para con por está están hemos tiene gracias hola lo siento sentimos también ya "
          "del al qué como",
    "it": "il gli della delle sono lei vostro vostra noi nostro nostra io non con per sul "
          "sulla ma molto anche già abbiamo è ciao grazie ci dispiace scusi scusa della "
          "questo questa che",
    "pt": "os uma são você vocês seu sua nós nosso nossa eu não com para pelo pela mas muito "
          "também já temos está estão obrigado obrigada olá desculpe lamentamos isso",
    "nl": "het een zijn jij jouw uw wij ons onze ik niet met voor aan bij maar erg ook nog al "
          "hebben heeft wordt worden dank hallo sorry excuses graag",
}
_LOOKUP: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _LOOKUP[_word] = (*_LOOKUP.get(_word, ()), _lang)

MIN_WORDS = 3


@lru_cache(maxsize=4096)
def guess(low: str) -> str:
    """The language code of a lower-cased text, or "" when the evidence is not plain."""
    counts: dict[str, int] = {}
    for word in WORD.findall(low):
        for lang in _LOOKUP.get(word, ()):
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits >= MIN_WORDS and hits >= 2 * runner_up:
        return best
    return ""


NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch"}
