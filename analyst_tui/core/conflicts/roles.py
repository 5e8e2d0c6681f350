"""Roles: who does what to whom ("A accused B" against "B accused A").

For a small set of verbs whose direction matters (accuse, attack, bomb, beat, sue, buy, call,
visit, ...), the doer and the receiver are read off the words around the verb: the name or noun just before an
active verb and just after it, the name before a passive one ("Sudan's army has been accused")
and after its "by" (past a particle: "shot down a Russian jet"); an act named by a noun has its doer
before it and its receiver after "on" ("Israel's strike on Iran", "an Israeli attack on Iran"). A country's adjective names the
country ("a Russian jet" is Russia's). Two versions differ in role when one entity is the doer of the verb in one
and only its receiver in the other, or when the same act on the same receiver has different doers,
each of whom the other version names in another part ("Sudan's army bombed villages, rebels said"
against "Rebels bombed villages, Sudan's army said").
"""

from __future__ import annotations

from dataclasses import dataclass

from analyst_tui.core.conflicts.tokens import Tok, is_title, stem

_LEMMAS = """accuse blame attack bomb shell strike kill shoot defeat beat invade arrest sue criticize criticise
    condemn threaten target arm fund sanction acquire buy purchase replace fire sack hire pay warn charge
    indict ambush raid capture kidnap rob besiege overtake outsell defend endorse eliminate oust
    overthrow betray impose launch call phone telephone visit invite praise congratulate thank seize detain expel
    hack urge stab question interrogate release free violate""".split()
_IRREGULAR = {"strike": ("struck", "strikes", "striking"), "shoot": ("shot", "shoots", "shooting"),
              "beat": ("beat", "beaten", "beats", "beating"), "buy": ("bought", "buys", "buying"),
              "pay": ("paid", "pays", "paying"), "expel": ("expelled", "expels", "expelling")}  # fmt: skip


def _forms(lemma: str) -> set[str]:
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    base = lemma[:-1] if lemma.endswith("e") else lemma
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("sh", "ch", "s", "x")) else lemma + "s"
    ing = base + "ing"
    if lemma in ("target",):
        past, ing = "targeted", "targeting"
    elif len(lemma) <= 4 and lemma[-1] in "bgnpt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"  # rob -> robbed
    return {lemma, past, third, ing}


# Verbs that say the same act: "Iran blamed Israel" reverses "Israel accused Iran".
_SAME_ACT = {"blame": "accuse", "criticise": "criticize", "acquire": "buy", "purchase": "buy", "defeat": "beat",
             "sack": "fire", "shell": "bomb", "phone": "call", "telephone": "call"}  # fmt: skip
_VERB = {form: _SAME_ACT.get(lemma, lemma) for lemma in _LEMMAS for form in _forms(lemma)}
TRIGGERS = frozenset(_VERB)
_BE = frozenset("was were is are be been being get got gets".split())
_ADVERBS = frozenset("""has have had will would could may might also often reportedly allegedly repeatedly
    previously later then again publicly formally officially already long widely since not n't never did does do
    recently once first""".split())
_FUNCTION = frozenset("""of in on at to for with from by and or as after amid over into than the a an its his her their
    this that these those which who whom whose what when while where but if against toward towards upon via
    through across about without within between among behind under beneath beyond despite during until""".split())
_PRONOUNS = frozenset("he she they it we i you him her them us one another each other himself itself".split())
_DETERMINERS = frozenset("the a an its his her their our your this that these those another other some several "
                         "many all both".split())
# Nouns that make a name into a body: "the Sudanese government", "Israeli forces".
_GROUP_NOUNS = frozenset("""government army military forces troops police officials authorities regime rebels
    militants soldiers navy police ministry parliament court team side company group""".split())
_NOT_ENTITIES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    tonight morning afternoon evening night week weekend month year season time day days weeks months years
    total number lot january february march april may june july august september october november
    december""".split())


# A country and its adjective are one party: "a Russian jet" is Russia's, "Turkish forces" Turkey's.
_NATIONS = {
    "american": "us", "america": "us", "u.s.": "us", "usa": "us", "british": "britain", "uk": "britain",
    "u.k.": "britain", "russian": "russia", "turkish": "turkey", "iranian": "iran", "israeli": "israel",
    "chinese": "china", "syrian": "syria", "ukrainian": "ukraine", "sudanese": "sudan", "japanese": "japan",
    "korean": "korea", "french": "france", "german": "germany", "indian": "india", "pakistani": "pakistan",
    "afghan": "afghanistan", "iraqi": "iraq", "egyptian": "egypt", "libyan": "libya", "lebanese": "lebanon",
    "saudi": "saudi arabia", "yemeni": "yemen", "mexican": "mexico", "canadian": "canada", "cuban": "cuba",
    "venezuelan": "venezuela", "greek": "greece", "italian": "italy", "spanish": "spain", "polish": "poland",
    "indonesian": "indonesia", "philippine": "philippines", "filipino": "philippines", "vietnamese": "vietnam",
    "taiwanese": "taiwan", "georgian": "georgia", "armenian": "armenia", "azerbaijani": "azerbaijan",
    "palestinian": "palestine", "jordanian": "jordan", "qatari": "qatar", "emirati": "uae", "somali": "somalia",
    "ethiopian": "ethiopia", "eritrean": "eritrea", "nigerian": "nigeria", "kenyan": "kenya",
}  # fmt: skip


def country(word: str) -> str:
    """The country a country's adjective names ("russian" -> "russia"), else the word."""
    return _NATIONS.get(word, word)


_NATION_WORDS = {adjective: tuple(country.split()) for adjective, country in _NATIONS.items()}
_MULTIWORD = {"united states": "us", "united states of america": "us", "united kingdom": "britain"}
_PARTICLES = frozenset("down up off out".split())  # "shot down a jet": the receiver follows the particle


def _party(entity: str | None) -> str | None:
    """The key of an entity, a country's adjective read as the country ("russian jet" -> "russia jet")."""
    if entity is None:
        return None
    for name, key in _MULTIWORD.items():
        if entity == name or entity.startswith(name + " "):
            entity = key + entity[len(name) :]
    return " ".join(_NATIONS.get(w, w) for w in entity.split())


def _pronoun(tok: Tok) -> bool:
    """A pronoun, not a name written like one ("US" is the country, "us" the pronoun)."""
    return tok.low in _PRONOUNS and not (tok.text.isupper() and len(tok.text) > 1)


@dataclass(frozen=True, slots=True)
class Role:
    verb: str  # lemma
    agent: str | None  # entity key ("sudan", "south sudan", "police")
    patient: str | None
    shown: str  # "Sudan has accused South Sudan"


# A name after one of these is inside a phrase that describes the doer, not the doer: "Iran's attack on
# Israel killed two", "the attack on Israel by Iran killed two", "police in Queens arrested a man" ("of" is
# left out: "the army of Sudan bombed villages" is Sudan's army).
_PREPOSITIONS = frozenset("""on in at to for with from by against into over upon via through across about within
    between among behind under beneath beyond despite during toward towards near amid""".split())


def _entity_before(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity ending at token ``k`` and where its words start (None inside a phrase after a preposition)."""
    found = _entity_ending(toks, k)
    if found is not None and found[1] > 0 and toks[found[1] - 1].low in _PREPOSITIONS:
        return None
    return found


def _entity_ending(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity ending at token ``k`` (a name, "Sudan's army", "the Sudanese government", "police")."""
    if k < 0 or not toks[k].is_word or _pronoun(toks[k]) or toks[k].low in _FUNCTION:
        return None
    if toks[k].low in _NOT_ENTITIES:
        return None
    if not toks[k].cap:  # "Sudan's army", "the Sudanese government", "police"
        if k >= 2 and toks[k - 1].low == "'s":
            run = _caps_back(toks, k - 2)
            if run:
                return run[0], run[1]
        run = _caps_back(toks, k - 1)
        if run:
            return run[0] + " " + stem(toks[k].low), run[1]
        start = k - 1 if k >= 1 and toks[k - 1].low in _DETERMINERS else k
        return stem(toks[k].low), start
    return _caps_back(toks, k)


def _caps_back(toks: list[Tok], k: int) -> tuple[str, int] | None:
    start = k
    while start >= 0 and toks[start].is_word and toks[start].cap and toks[start].low not in _FUNCTION:
        start -= 1
    start += 1
    if start > k or _pronoun(toks[k]):
        return None
    return " ".join(t.low for t in toks[start : k + 1]), start


def _entity_after(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The entity starting at token ``k`` (after determiners) and the index after it."""
    n = len(toks)
    while k < n and toks[k].low in _DETERMINERS:
        k += 1
    if k >= n or not toks[k].is_word or _pronoun(toks[k]) or toks[k].low in _FUNCTION:
        return None
    if toks[k].low in _NOT_ENTITIES:
        return None
    end = k
    while end < n and toks[end].is_word and toks[end].cap and toks[end].low not in _FUNCTION:
        end += 1
    if end > k:
        if end < n and toks[end].low in _GROUP_NOUNS:
            return " ".join(t.low for t in toks[k:end]) + " " + stem(toks[end].low), end + 1  # "Sudanese government"
        words = " ".join(t.low for t in toks[k:end])
        if words in _NATIONS and end < n and toks[end].is_word and not toks[end].cap and toks[end].low not in _FUNCTION:
            return words, end + 1  # "a Russian jet": Russia's, shown whole
        return words, end
    if k + 2 < n and toks[k + 1].low == "of" and toks[k + 2].cap:  # "the government of Sudan"
        run = _entity_after(toks, k + 2)
        if run:
            return run
    if k + 1 < n and toks[k + 1].low in _ROLE_HEADS:
        k += 1  # "by the police officer": the officer, as "the police officer shot" reads him
    return stem(toks[k].low), k + 1


# Nouns that name a person by a role, after a word that says which ("police officer", "security guard").
_ROLE_HEADS = frozenset("""officer officers guard guards agent agents official officials worker workers soldier
    soldiers trooper troopers leader leaders chief chiefs driver drivers commander commanders employee employees
    spokesman spokeswoman""".split())


# Nouns after which a verb's form is a noun of its own: "fire departments", "strike force", "attack helicopters".
_NOT_AFTER_VERB = frozenset("""department departments fighter fighters station stations chief chiefs crew crews truck
    trucks brigade service services officials engine engines force forces helicopter helicopters aircraft jets
    dog dogs plan plans zone zones team teams""".split())


def _one_party(x: str, y: str) -> bool:
    """"Stony Brook University" and "Stony Brook", "a US brand" and "the brand": one party named more or less
    fully; not "South Sudan" and "Sudan", whose extra word is a direction."""
    a, b = set(x.split()), set(y.split())
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return small <= big and not (big - small) & _DIRECTIONS


_DIRECTIONS = frozenset("north south east west northern southern eastern western new upper lower".split())


def _adverb(t: Tok) -> bool:
    """"has", "reportedly", "accidentally": a word between the doer and the verb (not "family", "Italy")."""
    low = t.low
    return low in _ADVERBS or (len(low) >= 6 and low.endswith("ly") and not t.cap and low not in _LY_NOUNS)


_LY_NOUNS = frozenset("family assembly monopoly anomaly butterfly supply reply rally ally belly bully".split())


def roles(toks: list[Tok]) -> list[Role]:
    out: list[Role] = []
    title = None  # whether the text is a headline in title case, found when first needed
    for v, t in enumerate(toks):
        if t.low in _NOMINAL and v >= 2 and v + 2 < len(toks) and toks[v + 1].low in ("on", "against"):
            found = _nominal(toks, v)  # "Israel's strike on Iran"
            if found is not None:
                out.append(found)
                continue
        lemma = _VERB.get(t.low)
        if lemma is None:
            continue
        if v + 1 < len(toks) and toks[v + 1].low in _NOT_AFTER_VERB:
            continue  # "fire departments", "attack helicopters": not the act
        if t.cap and v > 0:
            if title is None:
                title = is_title(toks)
            if not title:
                continue  # "Palmer Fire Department": a name, not the act ("Israel Attacks Iran" is a headline)
        b = v - 1
        while b >= 0 and _adverb(toks[b]):
            b -= 1
        passive = b >= 0 and toks[b].low in _BE and not t.low.endswith("ing")
        if passive:
            b2 = b - 1
            while b2 >= 0 and (_adverb(toks[b2]) or toks[b2].low in _BE):
                b2 -= 1
            patient = _entity_before(toks, b2)
            after = v + 1
            if after < len(toks) and toks[after].low in _PARTICLES:
                after += 1
            agent = _entity_after(toks, after + 1) if after < len(toks) and toks[after].low == "by" else None
            start = patient[1] if patient else v
            end = agent[1] if agent else v + 1
            if patient or agent:
                out.append(_role(lemma, agent, patient, _shown(toks, start, end)))
            continue
        if t.low.endswith("ing") and not (b >= 0 and toks[b].low in _BE):
            agent = None  # "..., accusing South Sudan of": the doer is not next to the verb
        elif t.low.endswith("ing"):  # "Apple is suing Samsung": the doer is before "is"
            while b >= 0 and (toks[b].low in _BE or _adverb(toks[b])):
                b -= 1
            agent = _entity_before(toks, b)
        else:
            agent = _entity_before(toks, b)
        nxt = toks[v + 1].low if v + 1 < len(toks) else ""
        skip = nxt in _PARTICLES or (lemma == "call" and nxt in ("on", "upon"))  # "called on Congress to act"
        patient = _entity_after(toks, v + 2 if skip else v + 1) or _pronoun_after(toks, v + 2 if skip else v + 1)
        if patient is None and t.low not in (lemma, lemma + "s", lemma + "es") and not t.low.endswith("ing"):
            continue  # "Woman killed in Queens" (passive) or "officers fired at" (no object): unknown
        if agent or patient:
            start = agent[1] if agent else v
            end = patient[1] if patient else v + 1
            out.append(_role(lemma, agent, patient, _shown(toks, start, end)))
    return out


# An act named by a noun, with its doer before it and its receiver after "on": "Israel's strike on Iran", "an
# Israeli attack on Iran".
_NOMINAL = {"strike": "strike", "strikes": "strike", "airstrike": "strike", "airstrikes": "strike",
            "attack": "attack", "attacks": "attack", "assault": "attack", "invasion": "invade", "raid": "raid",
            "raids": "raid", "bombing": "bomb", "offensive": "attack", "sanctions": "sanction"}  # fmt: skip


def _nominal(toks: list[Tok], v: int) -> Role | None:
    """The doer and receiver of the act noun at ``v``: its possessor ("Israel's") or a country's adjective
    ("an Israeli strike") before it, and the entity after its "on"."""
    patient = _entity_after(toks, v + 2)
    if patient is None:
        return None
    if toks[v - 1].low == "'s":
        agent = _caps_back(toks, v - 2) if toks[v - 2].low not in _NOT_ENTITIES else None  # not "Sunday's attack"
    elif toks[v - 1].low in _NATIONS:
        agent = (toks[v - 1].low, v - 1)
    else:
        return None
    if agent is None:
        return None
    return _role(_NOMINAL[toks[v].low], agent, patient, _shown(toks, agent[1], patient[1]))


def _role(lemma: str, agent: tuple[str, int] | None, patient: tuple[str, int] | None, shown: str) -> Role:
    return Role(lemma, _party(agent and agent[0]), _party(patient and patient[0]), shown)


PRONOUN = "<pronoun>"  # a receiver named by a pronoun: someone, perhaps the doer of another act


def _pronoun_after(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """A pronoun receiver ("police shot him"), kept as ``PRONOUN``: it may be any party of the sentence."""
    if k < len(toks) and _pronoun(toks[k]) and toks[k].low not in ("it", "itself", "one", "another", "each", "other"):
        return PRONOUN, k + 1
    return None


def _shown(toks: list[Tok], start: int, end: int) -> str:
    words: list[str] = []
    for t in toks[start:end][:10]:
        if words and t.low in ("'s", "n't"):
            words[-1] += t.text
        else:
            words.append(t.text)
    return " ".join(words)


def mentioned(toks: list[Tok]) -> frozenset[str]:
    """Every word of a text, as written (lower-cased) and stemmed, to tell whether it names an entity."""
    return frozenset(w for t in toks if t.is_word for w in (t.low, stem(t.low), *_NATION_WORDS.get(t.low, ())))


def _acting(entity: str | None) -> str | None:
    """Who acts, without the body that acts for it: "turkey forc" -> "turkey" ("police" stays)."""
    if entity is None:
        return None
    words = entity.split()
    while len(words) > 1 and words[-1] in _BODIES:
        words.pop()
    return " ".join(words)


_BODIES = frozenset(stem(w) for w in """forces troops army armies soldiers police military jets warplanes planes
    aircraft navy militia militias government officials authorities artillery tanks drones""".split())


def _stemmed(entity: str) -> str:
    return " ".join(stem(w) for w in entity.split())


def _names(words: frozenset[str], entity: str) -> bool:
    return all(w in words for w in entity.split())


def role_conflict(a: list[Role], b: list[Role], words_a: frozenset[str] = frozenset(),
                  words_b: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(what a says, what b says) when an entity does the act in one and receives it in the other, or when
    the act on one receiver is done by another party in each, each party named in the other version
    (``words_a``, ``words_b``: ``mentioned``)."""
    if not a or not b:
        return None
    verbs = {r.verb for r in a} & {r.verb for r in b}
    for verb in sorted(verbs):  # sorted: a set's order changes from run to run
        ra_list = [r for r in a if r.verb == verb]
        rb_list = [r for r in b if r.verb == verb]
        doers_a = {r.agent for r in ra_list} - {None}
        done_a = {r.patient for r in ra_list} - {None, PRONOUN}
        doers_b = {r.agent for r in rb_list} - {None}
        done_b = {r.patient for r in rb_list} - {None, PRONOUN}
        # An entity that does it in one version and only receives it in the other, or the reverse; not when the
        # version where it acts has a receiver named by a pronoun, which may be that entity ("the gunman shot two
        # people before police shot him" / "police shot the gunman after he shot two people").
        # A country's forces are the country here: "Turkish forces shelled Kurdish positions" / "Kurdish forces
        # shelled Turkish positions".
        doers_a, done_a, doers_b, done_b = ({_acting(x) for x in xs} for xs in (doers_a, done_a, doers_b, done_b))
        flipped = set()
        if not any(r.patient == PRONOUN for r in ra_list):
            flipped |= (doers_a & done_b) - doers_b - done_a
        if not any(r.patient == PRONOUN for r in rb_list):
            flipped |= (done_a & doers_b) - done_b - doers_a
        for entity in sorted(flipped):
            ra = next(r for r in ra_list if entity in (_acting(r.agent), _acting(r.patient)))
            rb = next(r for r in rb_list if entity in (_acting(r.agent), _acting(r.patient)))
            return ra.shown, rb.shown
        stems_a, stems_b = {_stemmed(x) for x in doers_a}, {_stemmed(x) for x in doers_b}
        for ra in ra_list:
            for rb in rb_list:
                if not (ra.agent and rb.agent and ra.patient and rb.patient) or PRONOUN in (ra.patient, rb.patient):
                    continue
                if (_stemmed(ra.patient) == _stemmed(rb.patient) and _stemmed(ra.agent) not in stems_b
                        and _stemmed(rb.agent) not in stems_a and not _one_party(ra.agent, rb.agent)
                        and _names(words_b, ra.agent) and _names(words_a, rb.agent)):
                    return ra.shown, rb.shown
    return None
