"""Which two happenings (``happening_words``) go together, one after or as part of the other ("shot" and "killed",
"capsized" and "sank", "arrested" and "jailed"), which of those are one act told otherwise ("sold" and "bought"), and
which name a means and its outcome or any blow (read by ``happenings`` in a version restated); and whether two
versions name the same one ("a cargo ship" / "a cargo vessel")."""

from __future__ import annotations

from analyst_tui.core.conflicts.ailments import AILMENTS, CRITICAL, FOUND_ALIVE
from analyst_tui.core.conflicts.happening_words import AT_SCENE, FORMS, IN_POST, INTACT, PASSIVE_ONLY, PHRASES, SPARED
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import stem

# label: the labels that go with it (each pair, either way round)
_TOGETHER_TEXT = """
kill: injure jail convict destroy poison fine bury flood evacuate
kill: shoot stab attack rob hit collapse crash explode burn sink capsize collide derail shot_down hijack storm
injure: shoot stab attack rob hit collapse crash explode burn collide derail skid capsize sink aground eject kidnap
injure: arrest rescue escape hijack storm shot_down poison evacuate flood bury discharge land bite sting hospital
hospital: collapse discharge hit struck shoot stab attack punch bite sting poison crash collide explode burn trample
hospital: rescue
strand: rescue breakdown
shoot: attack rob kidnap hijack
stab: attack rob kidnap
punch: attack injure rob kidnap kill
attack: rob kidnap storm hijack burn damage hit destroy hack bite
rob: steal kidnap hijack storm
hit: damage destroy burn explode sink crash collide capsize derail collapse
collapse: destroy bankrupt explode bury evacuate cut_off
buckle: damage
cordon: evacuate arrest storm seize inspect close
raid: inspect arrest seize
taser: arrest injure shoot kill attack restrain
surround: rescue attack free storm seize hijack evacuate shoot kill injure stab arrest
ban: suspend
acquire: close sell takeover
escape: rescue
flee: escape evacuate exile missing runaway attack shoot stab rob hijack kidnap steal crash hit burn flood
flee: destroy damage explode collapse kill injure
kidnap: hijack seize release kill rescue
arrest: jail suspend sack caution seize extradite
question: caution
charge: arrest jail convict question
jail: convict
fine: convict arrest
release: arrest
free: arrest detain
resign: retire withdraw kill
retire: kill
withdraw: kill
bankrupt: close
steal: seize storm hijack
damage: burn storm flood evacuate hack explode collide capsize aground skid derail shot_down
destroy: burn explode crash shot_down sink storm
burn: explode crash collide sink storm shot_down derail evacuate
evacuate: explode leak flood destroy transfer
scrap: abort close
divert: land postpone abort
postpone: abort
storm: seize raid
seize: hijack release kill rescue
sink: explode collide capsize
capsize: collide crash derail
crash: explode collide derail skid capsize eject
explode: collide shot_down
collide: derail skid
ground: crash land divert
trap: strand rescue injure missing bury collapse flood kill airlift free
board: seize hijack raid inspect storm arrest intercept attack
intercept: seize arrest escort divert rescue turned_back
overflow: flood
find: kill injure rescue arrest bury unearth evacuate strand trap missing steal kidnap escape hijack seize crash sink
find: attack rob collapse flood recover drift explode
offline: hack attack disrupt breakdown close cut_off flood burn explode repair
decommission: close
extend: postpone scrap
terminate: sack scrap
threaten: evacuate attack
came_down: crash land collapse hit kill injure explode burn
investigate: question raid inspect arrest
crush: kill injure collapse hit trample crash
electrocute: kill injure
torture: attack kidnap kill injure shoot stab punch rob burn
rape: attack kidnap kill injure rob
reopen: close repair salvage
score: struck
appoint: reappoint promote
pardon: convict jail release
adjourn: postpone
drift: strand aground breakdown rescue
free: rescue release escape kidnap hijack seize
entangle: strand rescue
halt: suspend close ground ban freeze
remand: arrest charge jail
overdose: kill injure hospital
choke: kill injure hospital
ditch: injure kill rescue evacuate sink capsize
infect: diagnose hospital kill quarantine injure
diagnose: hospital kill quarantine injure
struck: hit shoot stab attack punch injure kill damage destroy burn explode crash collide sink capsize collapse
shortlist: appoint
cremate: kill
scuttle: sink destroy
salvage: sink capsize aground rescue repair
escort: rescue free divert
impound: seize
shred: destroy delete
publish: steal hack leak release sell copy burst retract withdraw recall ban sue postpone award
declassify: leak
dock: land divert evacuate drift rescue strand breakdown quarantine
rehome: rescue
defect: escape
embezzle: steal
poach: kill steal
elope: escape
revoke: ban expel strip
repossess: sell evict bankrupt
nominate: appoint shortlist
missing: rescue strand escape kidnap drift hijack
rally: arrest disperse injure kill shoot attack blockade occupy strike taser
burst: flood evacuate kill injure destroy collapse rescue trap strand bury
commute: convict jail release
pregnant: hospital
interrupt: suspend halt postpone disrupt evacuate
riot: rally attack damage burn storm injure kill arrest disperse taser destroy
recount: elect win
revive: collapse hospital injure
deploy: attack seize storm
airlift: rescue evacuate hospital injure strand
auction: sell seize
strangle: kill attack injure rob kidnap rape torture
firebomb: burn attack damage destroy explode
suspended_sentence: convict
callup: appoint promote
acquit: arrest question release investigate remand pardon
elect: win nominate shortlist appoint
open: launch reopen
leave: resign retire withdraw sack
disperse: injure attack
intensive_care: injure hospital transfer collapse infect diagnose overdose choke crash airlift
sign: appoint acquire sell transfer launch extend
"""
# What is done to one by the law comes before or after what happened ("escaped" / "was convicted" of an earlier
# crime): it differs only from another step of the law, an arrest from a death or a shooting, a release from an
# escape or a death.
LAW = frozenset("""arrest charge jail convict caution fine release extradite question investigate pardon remand
    suspended_sentence subpoena acquit settle trial""".split())
_NOT_AFTER_LAW = frozenset((("arrest", "kill"), ("arrest", "shoot"), ("jail", "expel"), ("release", "escape"), ("fine", "ban"), ("fine", "suspend"), ("arrest", "turned_away"),
                            ("release", "kill"), ("arrest", "kidnap"), ("arrest", "expel"), ("fine", "disqualify"),
                            ("caution", "ban"), ("caution", "suspend"), ("caution", "disqualify"), ("caution", "sack"),
                            ("fine", "close"), ("fine", "struck_off"), ("suspend", "struck_off"), ("caution", "expel"),
                            ("release", "remand"), ("arrest", "free"), ("release", "transfer"), ("arrest", "poison"), ("release", "expel"), ("extradite", "expel"), ("extradite", "escape"),
                            ("jail", "ban"), ("remand", "bail"), ("arrest", "disperse"),
                            ("arrest", "exile"), ("pardon", "commute"), ("caution", "impeach"), ("pardon", "bail"),
                            ("acquit", "ban"), ("acquit", "disqualify"), ("acquit", "suspend")))
# ("the gunman was shot dead" / "was arrested")
_LABELS = {x for x, _ in FORMS.values()} | {x for x, _ in PHRASES.values()} | set(PASSIVE_ONLY.values())
# A prize won differs only from its shortlist, a nomination, a disqualification or a prize taken away.
_NOT_WITH_WIN = frozenset("shortlist nominate disqualify strip".split())


def _pairs(text: str) -> frozenset[frozenset[str]]:
    """The pairs of happenings of lines "label: other other ..."."""
    return frozenset(frozenset((label, other)) for line in text.strip().splitlines()
                     for label, others in [line.split(":")] for other in others.split())


# Of the happenings that go together, those that are one and the same act told otherwise ("sold" / "bought",
# "freed" / "released", "diverted" / "landed"; a verdict or a vote either way, told apart by its polarity,
# ``outcomes``); the rest are steps of one story ("arrested" / "charged") or a
# means and its outcome ("shot" / "killed"), which ``happenings`` tells apart in a version restated.
_ONE_ACT_TEXT = """
acquire: sell takeover
leave: resign
sell: auction repossess sign
free: release rescue escape escort
release: bail
rescue: release airlift rehome escort salvage
land: divert came_down ground dock
divert: turned_back
ground: aground
scrap: ditch sack decommission
collapse: breakdown
bailout: rescue
cull: kill destroy
fine: penalise
postpone: decommission
resign: retire withdraw
terminate: sack scrap
abort: scrap
halt: suspend close ground ban freeze
suspend: ban
revoke: strip ban expel
close: decommission
retire: decommission
retract: withdraw
sent_off: sack
evacuate: airlift flee
escape: flee
intercept: shot_down
loan: sign
transfer: sign sell acquire
ruin: destroy damage
repair: salvage reinstate
appoint: reappoint promote callup poach
promote: callup
demote: transfer appoint relegate
nominate: shortlist
seize: impound hijack
retreat: withdraw
steal: embezzle rob poach
inspect: raid
postpone: extend adjourn
drift: strand breakdown
crash: collide
scrap: withdraw
strand: breakdown
find: unearth recover
arrest: seize
kidnap: seize
trap: strand
recall: withdraw
open: launch
join: appoint sell acquire transfer sign loan
leave: sell transfer
acquit: convict jail
elect: sack
intensive_care: hospital
walk_off: strike
"""
ONE_ACT = _pairs(_ONE_ACT_TEXT)
ALIVE = frozenset((CRITICAL, FOUND_ALIVE, "ill"))  # (states of one alive: "fell ill")
_IN_HOSPITAL = frozenset(("hospital", "intensive_care"))
_BOUNDS = frozenset(("start", "finish"))
_LEFT_POST = frozenset("sack resign retire leave suspend".split())
_WRECKED = frozenset("collapse crash capsize destroy sink explode derail overturn".split())
_HARMED = _WRECKED | frozenset("burn damage flood evacuate bury cut_down".split())  # ("spared" / "felled")
# Disasters one is rescued from: a rescue goes with them, in a sentence written again too.
_RESCUED_FROM = frozenset("burn explode sink capsize crash flood collapse aground derail".split())
TOGETHER: frozenset[frozenset[str]] = _pairs(_TOGETHER_TEXT) | ONE_ACT | frozenset(
    frozenset(("rescue", label)) for label in _RESCUED_FROM) | frozenset(
    frozenset((law, label)) for law in LAW for label in _LABELS
    if label not in LAW and (law, label) not in _NOT_AFTER_LAW
) | frozenset(frozenset(("win", label)) for label in _LABELS - _NOT_WITH_WIN)
TOGETHER |= frozenset(frozenset((x, y)) for x in ("settle", "trial") for y in LAW - {"settle", "trial"})  # (a case
# settled out of court never went to trial; either goes with any other step of the law)
TOGETHER |= frozenset(frozenset(("bail", other)) for pair in TOGETHER if "release" in pair for other in pair - {
    "release"} if other != "pardon")  # (a release on bail goes with what a release goes with, but a pardon)

# What a happening may be the means of, and the means (a blow, a crash, a fire); and the words for any blow or harm
# ("attacked", "hit").
OUTCOMES = frozenset("kill injure destroy damage hospital".split())
MEANS = frozenset("""shoot stab poison bite sting attack punch collapse bury flood trample stone cane crash explode
    collide derail skid burn sink capsize crush electrocute torture rape choke overdose strangle firebomb struck hit
    came_down shot_down ditch buckle""".split())
HARM = frozenset("attack hit struck disrupt offline threaten".split())


def together(la: str, lb: str, restated: bool) -> bool:
    """Two happenings that may both be true of one story. Steps of one story ("arrested" / "charged", "evacuated" /
    "destroyed") are two in one sentence written again, where one outlet put one in place of the other; one act
    told otherwise ("sold" / "bought"), a blow and another ("attacked" / "shot") or a means and its outcome ("shot" /
    "killed") never are; a blow and a robbery ("assaulted" / "robbed") are two."""
    pair = frozenset((la, lb))
    if pair & ALIVE:
        return "kill" not in pair  # ("is in a critical condition", "was found safe and well": not dead)
    if pair & _BOUNDS:  # a start and an end: two steps of one thing, never in a sentence written again ("filming
        return pair != _BOUNDS or not restated  # wrapped in Galway last week" / "filming began in Galway last week")
    if AT_SCENE in pair:  # treated at the scene goes with anything but a stay in hospital
        return not pair & _IN_HOSPITAL
    if INTACT in pair:  # still standing, stayed upright, intact: with anything but a wreck or damage
        return not pair & _WRECKED and not pair & {"damage", "ruin"}
    if IN_POST in pair:  # still in charge: with anything but leaving the post
        return not pair & _LEFT_POST
    if SPARED in pair:  # spared by a fire or a flood: with anything but harm to it
        return not pair & _HARMED
    if pair & AILMENTS:
        return not pair <= AILMENTS  # ("suffered a heart attack" / "had a stroke"; a heart attack may kill)
    if "ruin" in pair and len(pair) == 2 and not pair & {"damage", "destroy"}:  # ruined ("badly damaged", "virtually
        other = next(iter(pair - {"ruin"}))  # destroyed") goes with what damage or destruction goes with
        return together("damage", other, restated) or together("destroy", other, restated)
    if "demolish" in pair:  # pulled down: what a destruction goes with, but a collapse ("collapsed onto the beach" /
        other = next(iter(pair - {"demolish"}), "destroy")  # "were demolished by council contractors")
        return other != "collapse" and (other == "destroy" or together("destroy", other, restated))
    if pair not in TOGETHER:
        return False
    if not restated or pair in ONE_ACT or "rescue" in pair and pair & _RESCUED_FROM:
        return True  # (a rescue from a disaster: "caught fire and sank" / "the crew were saved")
    return bool(pair & (HARM | OUTCOMES) and pair <= HARM | OUTCOMES | MEANS)



def written_again(x: frozenset[str], y: frozenset[str]) -> bool:
    """One sentence written again: seven in ten of the two versions' word stems in both."""
    return 10 * len(x & y) >= 7 * len(x | y)


def restated_but(la: str, x: frozenset[str], shown_x: str, lb: str, y: frozenset[str], shown_y: str) -> bool:
    """Two steps of one story (``la``, ``lb``) in one sentence written again in other words or another voice: seven
    in ten of the two versions' words (``x``, ``y``: stems) in both, leaving out the little words, who said it and
    the words of the two happenings ("Police arrested the suspect on Monday" / "The suspect was released by police
    on Monday"; "A painting was stolen from a museum in Utrecht" / "Police said a painting was found at a museum in
    Utrecht"). Outside the steps of the law, not a blow ("hacked" / "attacked") nor a plan kept or dropped
    ("extended" / "called off" their walkout: polarity)."""
    if (la not in _STEPS or lb not in _STEPS) and (frozenset((la, lb)) in ONE_ACT or {la, lb} & (HARM | _PLANS)):
        return False
    x = x - _LITTLE - {stem(w) for w in shown_x.lower().split()}
    y = y - _LITTLE - {stem(w) for w in shown_y.lower().split()}
    return len(x & y) >= 2 and written_again(x, y)


def story_words(x: frozenset[str]) -> frozenset[str]:
    """Stems but the little words and who said it (``_LITTLE``)."""
    return x - _LITTLE


def same_one(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two sets of stems name the same one: every word of one in the other ("the trawler Morning Star" /
    "Morning Star"), or two words or more, half of each ("a navy patrol vessel" / "a navy patrol boat"; not
    "the chief financial officer" / "the chief operating officer David Glenn"); a word for one thing is its other
    words' ("a cargo ship" / "a cargo vessel", "the student" / "the pupil")."""
    if ("<some>" in x) != ("<some>" in y):
        return False  # "some of the pirates escaped" / "the pirates surrendered"
    x, y = plain_nouns(x), plain_nouns(y)
    if people_counted(x, y):
        return True
    if (x ^ y) & PEOPLE_OF:
        return False  # "the crew of the trawler Kestrel" / "the trawler Kestrel"
    in_y = sum(1 for u in x if related(frozenset((u,)), y))
    in_x = sum(1 for v in y if related(frozenset((v,)), x))
    if not in_y:
        return False
    return in_y == len(x) or in_x == len(y) or 2 * in_y >= len(x) and 2 * in_x >= len(y) and in_y >= 2


PEOPLE_OF = frozenset(stem(w) for w in """crew passengers staff workers family owner owners residents pupils
    fans""".split())
_CARRIERS = frozenset(stem(w) for w in """ferry ship vessel boat plane jet train bus coach aircraft airliner
    liner""".split())
_CARRIED = frozenset(stem(w) for w in "passenger cargo".split())


def people_counted(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one counts "people" as the other counts them by a word of their own ("40 residents" / "40 people",
    "hundreds of villagers" / "hundreds of people")."""
    for a, b in ((x, y), (y, x)):
        count = {w for w in a if w[:1].isdigit() or w in _COUNTS}
        if count and b == count | {"peopl"} and len(a - count) == 1 and not (a - count) & _THINGS:
            return True
    return False


_THINGS = frozenset(stem(w) for w in """houses homes buildings schools shops vehicles cars boats ships flights
    trees roads bridges""".split())  # counted, never people ("10 houses were damaged" / "10 people were killed";
# not "villages": its stem is that of "villagers")
_COUNTS = frozenset(stem(w) for w in "dozens hundreds thousands scores".split())

# Words for one thing or one kind of person, as stems.
_ONE_NOUN: dict[str, str] = {stem(w): line.split()[0] for line in """ship vessel
    company firm
    student pupil
    lawmaker legislator mp
    car vehicle
    plane aircraft airliner
    child youngster
    painting artwork
    employee worker staffer staff
    journalist reporter
    prisoner inmate
    gunman attacker assailant
    bank lender
    airline carrier
    ambassador envoy
    plant factory works mill
    regulator watchdog
    carmaker automaker
    inquiry investigation probe
    sitting session proceedings
    chief head
    protester demonstrator
    store shop outlet
    talks negotiations""".split("\n") for w in line.split()}


def plain_nouns(words: frozenset[str]) -> frozenset[str]:
    """Stems with each word for one thing as that thing's first word ("vessel": "ship"), a number in words in
    digits ("twelve": "12"); of a carrier, not what kind it is ("the passenger ferry" / "a ferry")."""
    out = frozenset(_ONE_NOUN.get(w, w) for w in words)
    return out - _CARRIED if out & _CARRIERS else out


_ONE_NOUN.update({stem(w): str(v) for w, v in WORD_NUMBERS.items() if isinstance(v, int) and v >= 2})


_PLANS = frozenset("scrap postpone extend adjourn suspend resume delay".split())  # a plan kept or dropped: polarity
_STEPS = LAW | {"free"}  # steps of the law, read as two in another voice too ("arrested" / "was released by")
_LITTLE = frozenset(stem(w) for w in """the a an was were is are be been being has have had by of to in on at for with from
    and or that this it its police said says according officials reported told over about after into under against
    detectives officers investigators authorities without bail charge custody his her their overnight night morning
    evening afternoon early late alleged allegedly
    during amid following before""".split())
