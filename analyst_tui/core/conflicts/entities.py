"""Entities: who or what is named around a verb, for ``roles``.

A name ("South Sudan", "Stony Brook University"), a body named by its owner ("Sudan's army", "the Sudanese
government", "police"), or a noun; a country's adjective names the country ("a Russian jet" is Russia's). An
entity is read ending at a token (the doer before a verb) or starting at one (the receiver after it), past
asides ("The incumbent, Senator Ray Collins, 66, was defeated").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.days import SAID, WEEKDAYS
from analyst_tui.core.conflicts.nations import NATION_NAMES, NATIONS
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.persons import PERSON_GROUPS, SIDES
from analyst_tui.core.conflicts.tokens import Tok, stem

FUNCTION = frozenset("""of in on at to for with from by and or as after amid over into than the a an its his her their
    this that these those which who whom whose what when while where but if against toward towards upon via
    through across about without within between among behind under beneath beyond despite during until""".split())
_PRONOUNS = frozenset("he she they it we i you him her them us one another each other himself itself".split())
DETERMINERS = frozenset("the a an its his her their our your this that these those another other some several "
                         "many all both".split())
# Nouns that make a name into a body: "the Sudanese government", "Israeli forces".
GROUP_NOUNS = frozenset("""government army military forces troops police officials authorities regime rebels
    militants soldiers navy police ministry parliament court team side company group council""".split())
NOT_ENTITIES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    tonight morning afternoon evening night week weekend month year season time day days weeks months years
    total number lot january february march april may june july august september october november
    december early earlier late later overnight""".split())


NATION_WORDS = {adjective: tuple(country.split()) for adjective, country in NATIONS.items()}
_MULTIWORD = {"united states": "us", "united states of america": "us", "united kingdom": "britain"}


def party(entity: str | None) -> str | None:
    """The key of an entity, a country's adjective read as the country ("russian jet" -> "russia jet")."""
    if entity is None:
        return None
    for name, key in _MULTIWORD.items():
        if entity == name or entity.startswith(name + " "):
            entity = key + entity[len(name) :]
    return " ".join(NATIONS.get(w, w) for w in entity.split())


def is_pronoun(tok: Tok) -> bool:
    """A pronoun, not a name written like one ("US" is the country, "us" the pronoun)."""
    return tok.low in _PRONOUNS and not (tok.text.isupper() and len(tok.text) > 1)


_WHERE = frozenset("at in on near inside outside aboard".split())
_PREPOSITIONS = frozenset("""on in at to for with from by against into over upon via through across about within
    between among behind under beneath beyond despite during toward towards near amid""".split())


def entity_before(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity ending at token ``k`` and where its words start (None inside a phrase after a preposition); from
    inside what follows the sentence's first noun, that noun (``_opening_head``)."""
    head = _opening_head(toks, k)
    if head is not None:
        return head
    if 0 <= k < len(toks) and toks[k].low in _IT:
        return _speaker_of(toks, k)
    found = _entity_ending(toks, k)
    if found is not None and found[1] > 0 and toks[found[1] - 1].low in _PREPOSITIONS:
        return None
    if found is not None and found[1] > 1 and toks[found[1] - 1].low in DETERMINERS and toks[found[1] - 2].low in (
            _WHERE):
        return None  # where they were: "Two workers at the Belton plant were killed" (not the plant)
    if found is not None and not toks[k].cap and _after_of(toks, found[1]):
        return None  # "The family of a former patient has filed": not the patient
    return found


def _opening_head(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The noun that opens the sentence, when what follows it up to ``k`` (a verb's subject read back from there)
    only tells which one it is: "The owner of the collapsed factory building in Dhaka is suing", "The company that
    supplied door locks to the district has sued", "Tenants of a block in Berlin have sued"."""
    j = 1 if toks and toks[0].low in DETERMINERS else 0
    h = next((m for m in range(j, min(k, j + 4)) if toks[m].low in _FOLLOWERS), None)
    if h is None or h == j or any(not t.is_word or t.low in FUNCTION or t.low.endswith(("ed", "ing")) or (
            t.cap and m > 0 and t.low not in _CHIEFS) for m, t in enumerate(toks[j:h], j)) or any(
            t.is_break for t in toks[h:k]) or _unknown(toks[h - 1]) and toks[h - 1].low not in _CHIEFS:
        return None  # (a person or a body: not "A bomb explosion at a bank killed")
    if toks[h].low == "of" and h + 1 <= k and toks[h + 1].low in NATION_NAMES:
        return None  # a nation's, the nation: "The president of Brazil accused Argentina"
    return stem(toks[h - 1].low), j


# Posts whose holder is a party of their own, not the body they serve ("The former chief executive of Nordbank has sued
# the bank", "Nordbank's founder"; a nation's are the nation: "Israel's president accused Iran").
_CHIEFS = frozenset("ceo cfo coo cto executive founder director president boss chairman chairwoman owner".split())


# Those a body serves or owes, parties of their own ("Velaro owes its customers" / "Velaro's customers are owed").
_SERVED = frozenset("""customers clients shareholders investors creditors depositors passengers patients tenants
    subscribers users fans residents pensioners policyholders""".split())
_FOLLOWERS = frozenset("of that who in at".split())


def _speaker_of(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The one who says what the pronoun at ``k`` did: "Arden Software announced it had poached", "Bremont Bank said
    on Monday that it had bought"."""
    j = k - 1
    while j > 0 and (toks[j].low == "that" or toks[j].low in WEEKDAYS or toks[j].low == "on" and toks[j + 1].low in (
            WEEKDAYS)):
        j -= 1
    if j < 1 or toks[j].low not in SAID:
        return None
    found = _entity_ending(toks, j - 1)
    return found if found is not None and toks[found[1]].cap else None


_IT = frozenset(("it",))


def _after_of(toks: list[Tok], j: int) -> bool:
    """Whether "of" comes before the words from ``j`` back past two words of description and an article ("of a former
    patient")."""
    for _ in range(2):
        if j > 0 and toks[j - 1].is_word and not toks[j - 1].cap and toks[j - 1].low not in FUNCTION and (
                toks[j - 1].low not in DETERMINERS):
            j -= 1
    if j > 0 and toks[j - 1].low in DETERMINERS:
        j -= 1
    return j > 0 and toks[j - 1].low == "of"


def _entity_ending(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity ending at token ``k`` (a name, "Sudan's army", "the Sudanese government", "police", a shop's name
    "Olsen's")."""
    if k >= 1 and toks[k].low == "'s" and toks[k - 1].cap and (k + 1 == len(toks) or not toks[k + 1].is_word or (
            toks[k + 1].low in _AFTER_SHOP)):
        return caps_back(toks, k - 1)  # "Olsen's has overtaken Briar & Co"
    if k < 0 or not toks[k].is_word or is_pronoun(toks[k]) or toks[k].low in FUNCTION:
        return None
    if toks[k].low in NOT_ENTITIES:
        return None
    if not toks[k].cap:  # "Sudan's army", "the Sudanese government", "police"
        if k >= 2 and toks[k - 1].low == "'s":
            run = caps_back(toks, k - 2)
            if run and toks[k].low in _SERVED:
                return stem(toks[k].low), run[1]  # ("Velaro's customers are owed": its customers, not Velaro)
            if run and (toks[k].low not in _CHIEFS or run[0] in NATION_NAMES):
                return run[0], run[1]  # ("Sudan's army", "Israel's president"; not "Nordbank's founder")
        run = caps_back(toks, k - 1)
        if run:
            return run[0] + " " + stem(toks[k].low), run[1]
        start = k - 1 if k >= 1 and toks[k - 1].low in DETERMINERS else k
        return stem(toks[k].low), start
    return caps_back(toks, k)


def hyphen_joins(toks: list[Tok], j: int) -> bool:
    """Whether a hyphen at ``j`` joins two parts of one name ("Hye-jin Park", "Jean-Luc Brun")."""
    return 0 < j and j + 2 < len(toks) and toks[j].low == "-" and toks[j - 1].cap and toks[j + 1].is_word and (
        toks[j + 1].cap or len(toks[j + 1].low) <= 4 and toks[j + 2].cap and toks[j + 2].is_word)


def caps_back(toks: list[Tok], k: int) -> tuple[str, int] | None:
    start = k
    while start >= 0 and toks[start].is_word and toks[start].cap and toks[start].low not in FUNCTION:
        joined_by_and = start >= 2 and toks[start - 1].low == "&" and toks[start - 2].cap  # ("Briar & Co")
        start -= 3 if start > 2 and hyphen_joins(toks, start - 2) else 2 if joined_by_and else 1  # ("Hye-jin Park")
    start += 1
    if start > k or is_pronoun(toks[k]):
        return None
    return " ".join(t.low for t in toks[start : k + 1]), start


_OWN = frozenset("its their his her the".split())
_STAKES = frozenset("stake stakes holding shareholding interest".split())


def stake_taken(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` takes a stake in something ("took a 20 percent stake in"): buys it."""
    return toks[v].low in ("took", "takes", "take", "taken", "taking") and any(
        toks[j].low in _STAKES and j + 1 < len(toks) and toks[j + 1].low == "in" for j in range(v + 1, min(v + 6,
                                                                                                         len(toks))))


def entity_after(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity starting at token ``k`` (after determiners) and the index after it."""
    n = len(toks)
    while k < n and (toks[k].low in DETERMINERS or toks[k].is_number or toks[k].low in _FORMER or (
            toks[k].low in WORD_NUMBERS and not toks[k].cap)):  # "expelled 10 Polish diplomats", "by her former
        # manager", "by two men"
        k += 1
        if k + 4 < n and toks[k - 1].is_number and toks[k].low == "-" and toks[k + 1].low in _AGE_UNITS and (
                toks[k + 2].low == "-" and toks[k + 3].low == "old" and toks[k + 4].low in _PERSONS):
            k += 4  # "a 40-year-old man": the man
    if k + 2 < n and toks[k].low in _COLLECTIVE and toks[k + 1].low == "of":
        k += 2  # "a group of teenagers": the teenagers
    if 0 < k + 2 < n and toks[k - 1].is_number and toks[k].low == "of" and toks[k + 1].low in _OWN:
        k += 2  # "sued 40 of its dealers": the dealers
    if k < n and toks[k].low in ("percent", "%"):
        k += 1
    if k + 2 < n and toks[k].low in _STAKES and toks[k + 1].low == "in":
        return entity_after(toks, k + 2)  # "bought a 20 percent stake in carmaker Nordvik": Nordvik
    if k >= n or not toks[k].is_word or is_pronoun(toks[k]) or toks[k].low in FUNCTION:
        return None
    if toks[k].low in NOT_ENTITIES:
        return None
    end = k
    while end < n and toks[end].is_word and toks[end].cap and toks[end].low not in FUNCTION:
        end += 3 if hyphen_joins(toks, end + 1) or end + 2 < n and toks[end + 1].low == "&" and toks[end + 2].cap else 1
        # ("Hye-jin Park", "Briar & Co")
    if end > k:
        if end + 1 < n and toks[end].low == "'s" and toks[end + 1].cap and toks[end + 1].is_word and toks[
                end + 1].low not in FUNCTION:
            return entity_after(toks, end + 1)  # "Japan's Kenji Sato": Kenji Sato
        if end < n and toks[end].low in GROUP_NOUNS:
            return " ".join(t.low for t in toks[k:end]) + " " + stem(toks[end].low), end + 1  # "Sudanese government"
        words = " ".join(t.low for t in toks[k:end])
        noun_after = end < n and toks[end].is_word and not toks[end].cap and toks[end].low not in FUNCTION
        named = _name_after_noun(toks, end) if noun_after else None
        if named is not None:
            return named  # "the Belgian lender Crelan", "Swiss firm Ostara Energy": the name
        if words in NATIONS and noun_after:
            return words, end + 1  # "a Russian jet": Russia's, shown whole
        if noun_after and end == k + 1 and words.endswith(_ADJECTIVE_ENDINGS) and toks[end].low not in NOT_ENTITIES:
            return words + " " + stem(toks[end].low), end + 1  # "the Democratic incumbent", as read before a verb
        return words, end
    if k + 2 < n and toks[k + 1].low == "of" and (toks[k + 2].cap or k + 3 < n and toks[k + 3].cap and (
            toks[k + 3].is_word and _plain_noun(toks[k + 2]))):  # "the government of Sudan", "the heirs of collector
        # Irene Vos"
        run = entity_after(toks, k + 2 if toks[k + 2].cap else k + 3)
        if run:
            return run
    named = _name_after_noun(toks, k)
    if named is not None:
        return named  # "the tanker Nordic Star", "rival CATL": the name
    if k + 2 < n and toks[k + 1].low == "'s" and toks[k].low.endswith("s") and _plain_noun(toks[k + 2]):
        k += 2  # "by the players' union": the union, as "the players' union sued" reads it
    if k + 1 < n and toks[k + 1].low in _ROLE_HEADS:
        k += 1  # "by the police officer": the officer, as "the police officer shot" reads him
        if k + 1 < n and toks[k + 1].low in _ROLE_HEADS:
            k += 1  # "by its former chief executive"
    elif k + 1 < n and toks[k].low.endswith("ed") and _plain_noun(toks[k + 1]):
        k += 1  # "an armed robber": the robber
    elif k + 1 < n and not _unknown(toks[k]) and _plain_noun(toks[k + 1]) and toks[k + 1].low.endswith("s") and not (
            k + 2 < n and _plain_noun(toks[k + 2])):
        k += 1  # "by opposition councillors": the councillors
    elif _unknown(toks[k]):  # "by a private equity firm": the firm, as "a private equity firm acquired" reads it
        for j in range(k + 1, min(n, k + 3)):
            if not _plain_noun(toks[j]):
                break
            if not _unknown(toks[j]):
                k = j
                break
    if k + 2 < n and toks[k + 1].low == "," and toks[k + 2].cap and toks[k + 2].is_word:
        named = entity_after(toks, k + 2)  # "by her former label, Redline Records,": the label by its name
        if named is not None and (named[1] >= n or toks[named[1]].low in (",", ".", ")")):
            return named
    return stem(toks[k].low), k + 1


def _unknown(t: Tok) -> bool:
    """Whether a word is no kind of person or body the lists know ("private"; not "firm", "nurse")."""
    return stem(t.low) not in PERSON_GROUPS and t.low not in SIDES


def _name_after_noun(toks: list[Tok], m: int) -> tuple[str, int] | None:
    """A name after one or two nouns at ``m`` that say what it is ("lender Crelan", "battery firm Ostara Energy")."""
    n = len(toks)
    for j in (m + 1, m + 2):
        if j >= n or not toks[j - 1].is_word or toks[j - 1].cap or toks[j - 1].low in FUNCTION or (
                toks[j - 1].low in _PLACED):
            return None  # (not "the driver near Sunland Park": a place)
        if toks[j].is_word and toks[j].cap and toks[j].low not in FUNCTION:
            end = j
            while end < n and toks[end].is_word and toks[end].cap and toks[end].low not in FUNCTION:
                end += 1
            return " ".join(t.low for t in toks[j:end]), end
    return None


_AFTER_SHOP = frozenset("has have had is was will".split())  # ("Olsen's has", not "Olsen's chief")
_PLACED = frozenset("near outside inside behind beside across along around opposite off past".split())
_AGE_UNITS = frozenset("year month week day".split())
_PERSONS = frozenset("""man woman boy girl teenager teen youth child baby mother father son daughter student pupil
    player driver suspect victim patient pensioner motorist cyclist pedestrian customer bouncer guard worker nurse
    doctor teacher tourist resident passenger shopper fan neighbour neighbor tenant landlord employee soldier
    prisoner inmate officer""".split())
_COLLECTIVE = frozenset("group gang crowd band pair couple mob team".split())


def _plain_noun(t: Tok) -> bool:
    """A word in lower case that may be a noun: not a function word, nor a verb's form in -ed or -ing."""
    return t.is_word and not t.cap and t.low not in FUNCTION and not t.low.endswith(("ed", "ing"))


# Nouns that name a person by a role, after a word that says which ("police officer", "security guard").
_ADJECTIVE_ENDINGS = ("ic", "an", "ish", "ese")  # "Democratic", "Republican", "Spanish", "Chinese"
_FORMER = frozenset(("former", "outgoing", "own"))
_ROLE_HEADS = frozenset("""officer officers guard guards agent agents official officials worker workers soldier
    soldiers trooper troopers leader leaders chief chiefs driver drivers commander commanders employee employees
    spokesman spokeswoman executive executives side sides team teams""".split())



def one_party(x: str, y: str) -> bool:
    """"Stony Brook University" and "Stony Brook", "a US brand" and "the brand": one party named more or less
    fully; not "South Sudan" and "Sudan", whose extra word is a direction."""
    a, b = set(x.split()), set(y.split())
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return small <= big and not (big - small) & _DIRECTIONS or a <= _POLICE and b <= _POLICE


_DIRECTIONS = frozenset("north south east west northern southern eastern western new upper lower".split())
# The police by any word for them ("shot dead by police" / "officers shot and killed"), as stems.
_POLICE = frozenset("polic offic policemen policeman policewomen policewoman cop constabl trooper deputi".split())


def before_aside(toks: list[Tok], b: int) -> int:
    """The last token before the asides that end at ``b`` ("the incumbent, Senator Ray Collins, 66,"), else ``b``."""
    while b >= 0 and toks[b].low == ",":
        opened = aside_opened(toks, b, names=True)
        if opened is None:
            break
        b = opened - 1
    return b


PRONOUN = "<pronoun>"  # a receiver named by a pronoun: someone, perhaps the doer of another act


def pronoun_after(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """A pronoun receiver ("police shot him"), kept as ``PRONOUN``: it may be any party of the sentence."""
    if k < len(toks) and is_pronoun(toks[k]) and toks[k].low not in ("it", "itself", "one", "another", "each", "other"):
        return PRONOUN, k + 1
    return None


def one_phrase(toks: list[Tok], x: str, y: str) -> bool:
    """Whether the last word of entity ``x`` stands just before the first of entity ``y`` in ``toks``, as two words
    of one name ("the Meadowbank residents' association": "meadowbank" and "association")."""
    first, last = stem(y.split()[0]), x.split()[-1]
    return any(t.low == last and any(stem(u.low) == first for u in toks[k + 1 : k + 5]) for k, t in enumerate(toks))
