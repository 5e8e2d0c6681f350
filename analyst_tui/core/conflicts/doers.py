"""Another doer: the same act on the same receiver, done by someone else in each version, each named by a name
the other version does not give ("The majority ruling was written by Justice Elena Alvarez" / "Justice Thomas
Mbeki wrote the majority ruling", "Greek coastguard vessels towed the boat" / "Turkish coastguard vessels towed
the boat", "The winning goal was scored by Owen Pryce" / "Kyle Amadi scored the winning goal").

A doer counts only when it is named: a person's name (two words or more in capitals) or a country (its adjective
read as the country), or by its office or its side of a dispute with no name ("The mayor declared a state of
emergency" / "A state of emergency was declared by the governor", "the defence" / "the prosecution"), or a
person by trade ("a nurse" / "a farmer"; not a body one may call by another, "the university" / "the school");
against another of the same kind only, never a name: "the president" may be "President Ruto". The verbs of one
act are one verb ("closed" / "was shut by", ``acts``). A doer named as an
institution ("the White House", "the ministry") may be one speaking for a person the other names, and is left
out, but against another institution named by two words of its own or more ("the Financial Conduct Authority" /
"the Prudential Regulation Authority") or, in small letters, by what it deals with ("the competition authority" /
"the data protection authority"); so is a name the other version gives anywhere. People by trade are named by
where they work ("researchers at the University of Oxford"); who voted or agreed to do it is its doer; an office or a
side asking, urging, warning or announcing is one too."""

from __future__ import annotations

from analyst_tui.core.conflicts.acts import APPEAL, AWARD, act_at, called_on, lodged_appeal, one_act
from analyst_tui.core.conflicts.agents import agent_by, is_by
from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.happening_pairs import plain_nouns
from analyst_tui.core.conflicts.nations import CAPITALS, NATIONS, country
from analyst_tui.core.conflicts.offices import office_named
from analyst_tui.core.conflicts.persons import PERSON_GROUPS, SIDES, side_named
from analyst_tui.core.conflicts.polarity_words import FILLER, PRONOUNS
from analyst_tui.core.conflicts.restated import ALSO
from analyst_tui.core.conflicts.reversal import BE, SAID, active_verb
from analyst_tui.core.conflicts.swaps import SYMMETRIC
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, said_before, stem

Doer = tuple[str, frozenset[str], frozenset[str], str]  # (verb stem, doer's names, receiver's stems, words shown)

_RELATIVE = frozenset(("that", "which", "who"))
_SAYS_THAT = SAID | frozenset("""confirmed confirms reported announced revealed emerged insisted claimed stated added
    warned understands understood learned learnt believes""".split())  # ("Police confirmed that the council
# imposed", "It emerged on Monday that ...", "The BBC understands that ...")
_MEANT = frozenset("voted agreed decided moved".split())
_PARTICLES = frozenset(("over", "back", "off", "out", "down"))  # ("handed over the prisoners", "gave back the land",
# "called off the match")
_JURISDICTIONS = frozenset("state federal city county regional local provincial".split())
_PLEAS = frozenset(stem(w) for w in "asked urged warned announced".split())  # read only of an office or a side
_TO_WHOM = frozenset(stem(w) for w in "apologised apologized wrote appealed pledged".split())  # the one after "to"
_THE = "=the"  # a receiver of one word after "the"
_COUNCIL = frozenset((f"=side {SIDES['council']}",))  # a local council (``persons.SIDES``)
_PARTY = "="  # begins the key of a doer named by its office or side, never a name's
_INSTITUTION = "=institution"  # marks the words of an institution's name
_ONE_WORD = "=one word"  # marks a name of one word
# Acts a company does, whose doer may be named by one word ("Microsoft acquired", "was bought by Sony"); a person named
# by one word may be named by another in the other version (a first name and a surname).
_DEALS = frozenset(one_act(stem(w)) for w in "acquired sold recalled sued invested".split())
_STOP = frozenset("""in on at for with from to by over after before during as when while near outside since until
    through about under among between amid despite of""".split())
_INSTITUTIONS = frozenset("""house ministry department government office court police army navy party council bank
    company agency administration kremlin pentagon commission committee parliament senate congress union board
    university hospital service services force forces trust group department authority authorities""".split())
_COUNTRIES = frozenset(NATIONS.values()) | frozenset(NATIONS)
# Bodies of a kind, which one may call by another ("the university" / "the school"): not read as people by trade.
_BODIES = frozenset("""club bank lender council hospital school college university charity museum gallery library church
    foundation fund newspaper paper union insurer broker employer""".split())
_ALIASES = {"us": "usa", "u.s.": "usa", "america": "usa", "american": "usa", "united states": "usa", "uk": "britain",
            "united kingdom": "britain", "britain": "britain", "british": "britain",
            "federal reserve": "usa",  # (the Federal Reserve is the US central bank)
            **{f"{w} {x}": f"{w} {y}" for w, x, y in (("south", "african", "africa"), ("north", "korean", "korea"), (
                "south", "korean", "korea"), ("new", "zealand", "zealand"), ("sri", "lankan", "lanka"))}}
_TITLES = frozenset("""mr mrs ms miss dr sir dame lord lady president prime minister governor senator judge justice
    chief general colonel captain coach manager secretary mayor king queen prince princess pope rev officer
    sergeant inspector detective constable professor executive ceo cfo coo chairman chairwoman founder director
    president""".split())


def doer_at(toks: list[Tok], v: int) -> Doer | None:
    """The verb at ``v`` (``reversal.verbs``) with a named doer and a receiver, if it has them: in the active
    ("Kyle Amadi scored the winner") or the passive ("the winner was scored by Kyle Amadi")."""
    n = len(toks)
    t = toks[v]
    by = v + 1 if is_by(toks, v + 1) else v + 2 if v + 2 < n and is_by(toks, v + 2) else None
    if by is None and toks[v - 1].low in BE:
        by = agent_by(toks, v)  # "was pulled from the river by"
    if by is not None and (toks[v - 1].low in BE or v > 1 and toks[v - 2].low in BE):
        doer, receiver = _named_after(toks, by, _phrase_after(toks, by)), _subject(toks, v) or _phrase_before(
            toks, v)  # "was written by Justice Alvarez", "by the tour commissioner, Dan Whitby,"
        if v + 1 < n and toks[v + 1].low == "with" and act_at(toks, v) == AWARD:
            receiver = _phrase_after(toks, v + 1)  # "was presented with the medal by": what was given
    elif (meant := v > 2 and toks[v - 1].low == "to" and toks[v - 2].low in _MEANT) or active_verb(toks, v):
        doer = _phrase_before(toks, v - 2 if meant else v)  # ("voted to remove the chairman": who voted)
        at = v + 1 if v + 1 < n and toks[v + 1].low in _PARTICLES else v
        receiver = _phrase_after(toks, at + 1 if at > v and at + 1 < n and toks[at + 1].low in ("on", "of") else at)
        # ("handed over the prisoners", "signed off on the request", "walked out of the talks")
        if lodged_appeal(toks, v) and v + 3 < n and toks[v + 3].low == "against":
            receiver = _phrase_after(toks, v + 3)  # "lodged an appeal against the ruling"
        elif called_on(toks, v):
            receiver = _phrase_after(toks, v + 1)  # "called on the president to resign"
        elif not receiver and v + 1 < n and (toks[v + 1].low == "to" or toks[v + 1].low == "against" and stem(
                t.low) == APPEAL) and stem(t.low) in _TO_WHOM:
            receiver = _phrase_after(toks, v + 1)  # "apologised to the victims' families", "appealed against it"
    else:
        return None
    verb = act_at(toks, v)
    names, party = _affiliation(toks, doer)  # ("researchers at the University of Oxford": Oxford)
    if not names and not _subject_of(doer) and not (names := _titled(doer)):  # (a body by what it deals with is
        # named below: "the competition authority"; a person by name, with an office: "opposition leader Tomas Reiner")
        names, party = _party(doer)  # named by its office or its side ("the Deputy Speaker"): only those words shown
    if names:
        doer = party
    elif verb in _PLEAS:
        return None
    else:
        names = _names(doer, verb in _DEALS)
    words = plain_nouns(frozenset(stem(x.low) for x in receiver if x.is_word and x.low not in FILLER and (
        len(x.low) > 2 or x.text.isupper())))  # ("the EU trade deal"; "the MP" is "the lawmaker")
    if len(words) == 1 and receiver and (receiver[0].low == "the" or len(receiver) == 1 and receiver[0].cap and (
            _one_name(receiver[0]))):
        words |= {_THE}  # one thing of the story: "the motion", "the walkout"; one named: "Holt was sacked by"
    if names and words and (verb not in SYMMETRIC or verb == "write" or verb in _PLEAS):  # (who wrote an opinion is
        # its doer; an office or a side asking the judge is)
        return verb, names, words, joined(doer)
    return None


def _named_after(toks: list[Tok], by: int, doer: list[Tok]) -> list[Tok]:
    """The doer read after "by" at ``by``, with the name of two or three words that follows it between commas, if one
    does ("by the tour commissioner, Dan Whitby, on the 18th green": the commissioner, Dan Whitby)."""
    end = by + 1 + len(doer)
    if not doer or end + 2 >= len(toks) or toks[end].low != ",":
        return doer
    k = next((k for k in range(end + 1, min(len(toks), end + 5)) if not (toks[k].cap and toks[k].is_word)), len(toks))
    return doer + toks[end + 1 : k] if 2 <= k - end - 1 <= 3 and (k == len(toks) or toks[k].is_break) else doer


def _affiliation(toks: list[Tok], doer: list[Tok]) -> tuple[frozenset[str], list[Tok]]:
    """The words of its own of the body where the people of a doer work ("researchers at the University of Oxford",
    "Researchers at Cambridge University led": oxford, cambridge), with the words shown; else nothing."""
    if not doer:
        return frozenset(), doer
    start = next(k for k, t in enumerate(toks) if t is doer[0])
    end = start + len(doer)
    if doer[-1].low in _AFFILIATES and end + 1 < len(toks) and toks[end].low in ("at", "from"):
        body = _phrase_after(toks, end)  # (the passive: "by researchers at the University of Oxford")
        shown = toks[start : end + 1 + len(body)]
    elif start >= 2 and toks[start - 1].low in ("at", "from") and toks[start - 2].low in _AFFILIATES:
        body, shown = doer, toks[start - 2 : end]  # (the active: "Researchers at the University of Cambridge led")
    else:
        return frozenset(), doer
    own = frozenset(t.low for t in body if t.cap and t.is_word and t.low not in _INSTITUTIONS and t.low not in (
        FILLER) and t.low not in _LINKS_OF)
    return (own | {_INSTITUTION}, shown) if own else (frozenset(), doer)


_WHEN = frozenset("late early overnight yesterday today tonight earlier later".split())
_WHICH = frozenset(("last", "next", "this"))
_PERIODS = frozenset("""week weekend month year night morning afternoon evening monday tuesday wednesday thursday friday
    saturday sunday season spring summer autumn winter""".split())
_AFFILIATES = frozenset("researchers scientists doctors surgeons engineers experts academics astronomers".split())
_LINKS_OF = frozenset(("of", "the", "for"))


def _phrase_before(toks: list[Tok], v: int) -> list[Tok]:
    out: list[Tok] = []
    j = v - 1
    while j >= 0 and (toks[j].low in BE or toks[j].low in ("has", "have", "had", "will", "would", "first")):
        j -= 1
    opened = aside_opened(toks, j) if j > 0 else None
    name: list[Tok] = []
    if opened is None and j > 0 and (opened := aside_opened(toks, j, names=True)) is not None:
        name = toks[opened + 1 : j] if 2 <= j - opened - 1 <= 3 else []  # "Brightbloc's chief executive, Nadia Kerr,
        opened = opened if name else None  # announced": the chief executive, Nadia Kerr
    if opened is not None:
        j = opened - 1  # "The prisoner exchange, the largest since the war, was brokered by ...": the exchange
    top = j
    while j >= 0 and top - j < 12:
        t = toks[j]
        if t.low in _RELATIVE and j > 0 and toks[j - 1].is_word and not said_before(toks, j, _SAYS_THAT):
            out = []  # "the deal that ended the strike was brokered by ...": the deal (not "said on Monday that")
        elif t.is_break or t.low in CLAUSE_WORDS or t.low in SAID or t.low in _STOP and not _joins(toks, j, out) or (
                0 < j < len(toks) - 1 and not t.cap and active_verb(toks, j)):
            break  # (a verb: "the army defeated the rebels who had attacked": the rebels attacked)
        else:
            out.append(t)
        j -= 1
    return out[:6][::-1] + name


def _subject(toks: list[Tok], v: int) -> list[Tok]:
    """The words that open the clause of the verb at ``v`` up to a preposition ("A ban on cars in the city centre was
    announced": a ban), when the clause opens within a few words."""
    j = v - 1
    while j >= 0 and not (toks[j].is_break or toks[j].low in CLAUSE_WORDS or toks[j].low in SAID):
        j -= 1
    if v - j > 14 or toks[j + 1].low in _STOP:
        return []
    out: list[Tok] = []
    for k in range(j + 1, v):
        if toks[k].low in BE or toks[k].low in _STOP and not _joins(toks, k, out):
            break
        out.append(toks[k])
    return out


def _phrase_after(toks: list[Tok], v: int) -> list[Tok]:
    out: list[Tok] = []
    for k in range(v + 1, min(len(toks), v + 8)):
        t = toks[k]
        if t.is_break or t.low in CLAUSE_WORDS or t.low in _STOP and not _joins(toks, k, out) or out and (
                t.low in _WHEN or t.low in _WHICH and k + 1 < len(toks) and toks[k + 1].low in _PERIODS):
            break  # ("by the county sheriff late on Saturday", "pardoned the man last week")
        out.append(t)
    return out


def _joins(toks: list[Tok], k: int, phrase: list[Tok]) -> bool:
    """Whether the "of" at ``k`` joins two words of one phrase ("a state of emergency", "the leader of the party"), or
    the "by" is a word's ("the by-election")."""
    return (toks[k].low == "of" and bool(phrase) and 0 < k < len(toks) - 1 and toks[k - 1].is_word
            and toks[k + 1].is_word) or toks[k].low == "by" and not is_by(toks, k)


def _names(phrase: list[Tok], one_word: bool = False) -> frozenset[str]:
    """The names in a doer's words: a person's (two words in capitals or more; its words but a title), a country's
    ("US", "the United States" and "America" are one), or with ``one_word`` a company's of one word alone."""
    if any(t.low in _INSTITUTIONS for t in phrase):  # an institution, by the words that tell it from others
        own = frozenset(t.low for t in phrase if t.cap and t.is_word and t.low not in _INSTITUTIONS and (
            t.low not in FILLER and t.low not in _COUNTRIES and t.low not in _ALIASES))
        if len(own) >= 2:
            return own | {_INSTITUTION}  # ("the Financial Conduct Authority")
    subject = _subject_of(phrase)
    if subject:
        return subject | {_INSTITUTION}  # ("the competition authority" / "the data protection authority")
    if any(t.low in _INSTITUTIONS for t in phrase):
        return frozenset(_ALIASES.get(t.low) or country(t.low) for t in phrase if t.cap and (
            t.low in _COUNTRIES or t.low in _ALIASES))  # a country's: "Iranian forces", "the US Navy"
    out: set[str] = set()
    run: list[str] = []
    for m, t in enumerate(phrase + [None]):  # type: ignore[list-item]
        if t is not None and t.cap and (t.is_word or t.low in _ALIASES) and t.low not in FILLER:
            if t.low in _COUNTRIES or t.low in _ALIASES:
                after = phrase[m + 2] if m + 2 < len(phrase) and phrase[m + 1].low == "'s" else None
                if m + 1 < len(phrase) and phrase[m + 1].is_word and not phrase[m + 1].cap or after is not None and (
                        office_named([after.low]) is not None or stem(after.low) in PERSON_GROUPS):
                    continue  # a person it describes, who may be named in the other: "the Portuguese forward",
                    # "Brazil's president"
                out.add(_ALIASES.get(t.low) or country(t.low))
            else:
                run.append(t.low)
            continue
        if " ".join(run) in _ALIASES:
            if t is None or not t.is_word or t.cap:  # (not a person it describes: "the South African president")
                out.add(_ALIASES[" ".join(run)])
        elif len(run) >= 2:  # (but a title, or an office before a name in full: "Commissioner Ana Ferreira")
            out.update(w for j, w in enumerate(run) if w not in _TITLES and not (
                j == 0 < len(run) - 2 and office_named([w]) is not None))
        elif one_word and len(run) == 1 and len(phrase) <= 2 and _one_name(phrase[m - 1]):
            out.update((run[0], _ONE_WORD))  # a name of one word alone: "Microsoft acquired" / "was bought by Sony"
        run = []
    return frozenset(out)


_REGULATORS = frozenset("authority regulator watchdog commission agency ministry department tribunal".split())
_GENERIC = _JURISDICTIONS | frozenset("""national independent new top main public official its their his her the a an
    government european international""".split())


def _subject_of(phrase: list[Tok]) -> frozenset[str]:
    """What a body named in small letters deals with, before its kind: "the competition authority" -> {"competition"},
    "the data protection watchdog" -> {"data", "protection"} (nothing for "the national regulator")."""
    words = [t for t in phrase if t.is_word]
    opened = max((j for j, t in enumerate(words) if t.low in ("the", "a", "an")), default=0)
    words = words[opened:]  # ("On Friday the maritime authority")
    if len(words) < 2 or words[-1].low not in _REGULATORS or any(t.cap for t in words if t.low not in _GENERIC):
        return frozenset()
    own = []
    for t in reversed(words[:-1]):
        if t.low in _GENERIC or t.low in FILLER or not t.is_word:
            break
        own.append(t.low)
    return frozenset(own)


def _titled(phrase: list[Tok]) -> frozenset[str]:
    """A person's name with the office before it, if it has one ("State governor Lena Ortiz": lena, ortiz and the
    governor's office; "opposition leader Tomas Reiner"), or nothing."""
    names = _names(phrase)
    start = next((j for j, t in enumerate(phrase) if t.low in names), None)
    if start is None or _kind(names) != "name" or sum(t.cap for t in phrase[start:]) < 2 or office_named(
            [t.low for t in phrase[start:]]) is not None:
        return frozenset()  # (an office in capitals is no name: "The Deputy Speaker")
    words = [t.low for t in phrase[:start] if t.low not in ("the", "a", "an") and t.is_word]
    while len(words) > 1 and words[0] in _JURISDICTIONS:
        words = words[1:]  # ("State governor")
    office = office_named(words) if words else None
    return names | {f"{_PARTY}office {office}"} if office is not None else names


def _held(names: frozenset[str]) -> frozenset[str]:
    """The office a doer's keys name ("=office 23"), if any."""
    return frozenset(n for n in names if n.startswith(f"{_PARTY}office"))


def _one_name(t: Tok) -> bool:
    """Whether a word in capitals, alone, is a name: not a plural ("Police", "Officials"), a pronoun, initials, a title,
    an office, a side, a body or a person of a trade ("Judge jails man", "Parliament approved")."""
    word = t.low
    return len(word) > 2 and not word.endswith("s") and not t.text.isupper() and word not in _TITLES and (
        word not in _INSTITUTIONS) and word not in FILLER and word not in PRONOUNS and (
        office_named([word]) is None) and side_named(word) is None and stem(word) not in PERSON_GROUPS


def _party(phrase: list[Tok]) -> tuple[frozenset[str], list[Tok]]:
    """A doer named by its office or its side of a dispute ("the Deputy Speaker", "the prosecution"), as one key
    (``_PARTY`` first), with its words; else nothing."""
    toks = [t for t in phrase if t.low != "-"]
    opened = next((j for j, t in enumerate(toks) if j and t.low in ("the", "a", "an") and toks[j - 1].cap), 0)
    toks = toks[opened:]  # ("On Monday the justice minister signed": the minister)
    the = toks[:1] if toks and toks[0].low in ("the", "a", "an") else []
    toks = toks[len(the):]
    words = [t.low for t in toks]
    if len(toks) >= 2 and toks[0].cap and office_named(words) is None and office_named(words[1:]) is not None:
        the, toks = the + toks[:1], toks[1:]  # the body whose office it is: "the Senate majority leader"
    while len(toks) >= 2 and toks[0].low in _JURISDICTIONS and (office_named([t.low for t in toks[1:]]) is not None or (
            len(toks) == 2 and side_named(toks[1].low) is not None)):
        the, toks = the + toks[:1], toks[1:]  # where the office or the body is: "the state governor", "the city council"
    whose = max((j for j, t in enumerate(toks) if t.low == "'s"), default=None)
    if whose is not None and not any(t.cap for t in toks[:whose]):
        the, toks = the + toks[: whose + 1], toks[whose + 1 :]  # whose office it is: "the council's chief executive"
    for n in range(len(toks), 0, -1):  # the office, or the side, and words after it that are not its own
        after = toks[n] if n < len(toks) else None  # ("the governor following the floods"; not "of the club")
        if after is not None and (after.cap or not after.is_word or after.low in ("of", "'s")):
            continue
        words = [t.low for t in toks[:n]]
        office = office_named(words)
        if office is not None:
            return frozenset((f"{_PARTY}office {office}",)), the + toks[:n]
        side = side_named(words[0]) if n == 1 else None
        if side is not None:
            return frozenset((f"{_PARTY}side {side}",)), the + toks[:n]
        person = PERSON_GROUPS.get(stem(words[-1])) if n <= 2 and all(t.is_word and not t.cap for t in toks[:n]) and (
            words[-1] not in _BODIES) else None
        if person is not None and (n == 1 or PERSON_GROUPS.get(stem(words[0])) in (None, person)):
            return frozenset((f"{_PARTY}person {person}",)), the + toks[:n]  # ("a local farmer", "the school")
    return frozenset(), phrase


def _kind(names: frozenset[str]) -> str:
    """What a doer is named by: a name, an institution's name, an office or a side (``_party``)."""
    if _INSTITUTION in names:
        return _INSTITUTION
    if _ONE_WORD in names:
        return _ONE_WORD  # (only against another name of one word: not "Bush" / "the former Southern California star")
    return next(iter(names)).split(" ")[0] if len(names) == 1 and next(iter(names)).startswith(_PARTY) else "name"


def doer_conflict(xs: tuple[Doer, ...], ys: tuple[Doer, ...], words_a: frozenset[str], words_b: frozenset[str],
                  toks: tuple[list[Tok], list[Tok]]) -> tuple[str, str] | None:
    """The same act on the same receiver by a named doer in each version that the other version does not name
    (``words_a`` and ``words_b``: each version's words, lower case), or names only apart from the act."""
    if ALSO & words_a or ALSO & words_b:
        return None  # one who did it as another did: "Kyle Amadi also scored the equaliser"
    for verb, names, receiver, shown in xs:
        if verb in _OFFERED or verb == "make" and _OFFERS & words_a and _OFFERS & words_b:
            continue  # an offer or a bid: two parties may each make one ("The Nationals made Teixeira an offer" / "The
            # Red Sox made Teixeira an offer")
        for verb_b, names_b, receiver_b, shown_b in ys:
            if verb != verb_b or not (receiver <= receiver_b or receiver_b <= receiver or len(
                    receiver - receiver_b) == 1 == len(receiver_b - receiver)) or len(receiver & receiver_b) < 2 and (
                    _kind(names) == "name" or not receiver & receiver_b or not _restated(
                        words_a, words_b, _kind(names) == _kind(names_b) in (f"{_PARTY}office", f"{_PARTY}person"))):
                continue  # (the receiver named alike, in two words at least: "the majority ruling", one other word
                # each at most: "the EU trade deal" / "the EU trade agreement"; in one, by an office or a side, in
                # versions that share most of their words: "the sitting")
            office_a, office_b = _held(names), _held(names_b)
            if _COUNCIL in (names, names_b) and _INSTITUTION in names | names_b and len(names | names_b) > 2:
                return shown, shown_b  # a council against a ministry or a department ("imposed by the interior
                # ministry" / "The city council imposed")
            if {_kind(names), _kind(names_b)} == {f"{_PARTY}office", "name"}:
                if office_a and office_b and not office_a & office_b:
                    return shown, shown_b  # an office and a person named with another ("the county sheriff" /
                    # "State governor Lena Ortiz")
                continue
            x, y = (names - office_a, names_b - office_b) if _kind(names) == "name" else (names, names_b)  # (two
            # people may hold one office)
            only_a, only_b = x - y, y - x
            if (x & y) - {_INSTITUTION, _ONE_WORD} or _kind(names) != _kind(names_b) or not (only_a and only_b):
                continue  # one party named two ways: "President Barack Obama" / "Exhibition President Obama"; a
                # name and an office may be one person: "President Ruto" / "the president"
            if not _countries(only_a) & _countries(words_b) and not _countries(only_b) & _countries(words_a) or (
                    _kind(names) == "name" and only_a <= words_b and only_b <= words_a and not _done_by(
                        ys, verb, x) and not _done_by(xs, verb, y) and not _party_of_act(toks[1], only_a) and not (
                        _party_of_act(toks[0], only_b))):
                return shown, shown_b  # (or each the doer in one version and named otherwise in the other: "Judge
                # Okafor wrote the majority opinion, with Judge Lind dissenting" / the other way round)
    return None


def _party_of_act(toks: list[Tok], names: frozenset[str]) -> bool:
    """Whether ``names`` stand in ``toks`` as a party the act may name: after "to", "from" or "and" within a few words
    ("licensed it to Indian partner Sanjeevani Labs", "sent by Italy and Spain")."""
    first = next((k for k, t in enumerate(toks) if t.low in names), 0)
    for k in range(first - 1, max(-1, first - 5), -1):
        if toks[k].low in ("to", "from", "and", "&", "or", "by"):
            return True
        if toks[k].is_break or active_verb(toks, k):
            return False
    return False


def _done_by(doers: tuple[Doer, ...], verb: str, names: frozenset[str]) -> bool:
    """Whether one of ``doers`` does ``verb`` and shares a name with ``names``."""
    return any(v == verb and n & names for v, n, _, _ in doers)


_OFFERS = frozenset("offer offers bid bids proposal approach".split())
_OFFERED = frozenset(("offer", "bid"))  # (verb stems)


def _restated(x: frozenset[str], y: frozenset[str], loosely: bool = False) -> bool:
    """Whether two versions share two in three of the words of the shorter (``loosely``: half)."""
    return (2 if loosely else 3) * len(x & y) >= (1 if loosely else 2) * min(len(x), len(y))


def _countries(words: frozenset[str]) -> frozenset[str]:
    """Words with the countries they name, as a country's adjective or its capital ("Abu Dhabi": the UAE)."""
    return words | frozenset(country(w) for w in words) | frozenset(CAPITALS[w] for w in words if w in CAPITALS)


__all__ = ["Doer", "doer_at", "doer_conflict"]
