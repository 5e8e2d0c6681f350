"""The words of ``happenings``: each verb that names what befell someone or something, and which two happenings
go together ("shot" and "killed", "capsized" and "sank", "arrested" and "jailed")."""

from __future__ import annotations

# form -> what happened; "+" after it: a verb that may take what it befell as its object ("police arrested a man").
_FORMS_TEXT = """
kill: killed+ kills+ died dies drowned drowns executed+ beheaded+ murdered+ murders+ euthanised+ euthanized+ assassinated+ massacred+ slaughtered+
injure: injured+ injures+ wounded+ maimed+ paralysed+ paralyzed+ blinded+ scalded+
shoot: shot+ shoots+
stab: stabbed+ stabs+ knifed+
poison: poisoned+ poisons+
bite: bitten mauled+ gored+
sting: stung
delist: delisted+
strand: stranded+
attack: attacked+ assaulted+ beaten+ bombed+ shelled+ ambushed+
punch: punched+ slapped+ kicked+
rob: robbed+ mugged+ carjacked+
collapse: collapsed collapses collapsing
surrender: surrendered surrenders
hack: hacked+
transfer: transferred+
recall: recalled+
bury: buried+ reburied+
flood: submerged+ flooded+ inundated+
evacuate: evacuated+ relocated+ displaced+
renegotiate: renegotiated+
discharge: discharged+
fine: fined+
escape: escaped escapes absconded
kidnap: kidnapped+ abducted+ kidnaps+ abducts+
arrest: arrested+ detained+ apprehended+
question: questioned+ interviewed+ quizzed+
charge: charged+ indicted+
raid: raided+
surround: surrounded+ encircled+ besieged+
repair: repaired+ restored+
merge: merged+
encrypt: encrypted+
reappoint: reappointed+
ban: banned+
blockade: blockaded+ barricaded+ blocked+
occupy: occupied+
buckle: buckled
acquire: acquired+ purchased+ bought+
discontinue: discontinued+
inspect: inspected+ searched+
scratch: scratched+
contaminate: contaminated+
evict: evicted+
rehouse: rehoused+
cull: culled+
vaccinate: vaccinated+ inoculated+
trample: trampled+
disrupt: disrupted+
chase: chased+
stone: stoned+
cane: caned+ flogged+
jail: jailed+ imprisoned+
convict: convicted+
caution: cautioned+ reprimanded+ censured+ rebuked+
expel: expelled+ deported+ expels+ deports+
summon: summoned+
suspend: suspended+ suspends+
sack: sacked+ ousted+ deposed+
resign: resigned resigns resign quit quits
retire: retired retires
withdraw: withdrew withdraws withdrawn
disqualify: disqualified+
sell: sold+ sells+ sell+
donate: donated+ donates+ bequeathed+
loan: loaned+
bankrupt: administration liquidation liquidated bankrupted+
steal: stolen+ stole+ steals+ looted+ burgled+ burglarised+ shoplifted+ copied+
damage: damaged+ vandalised+ vandalized+ defaced+ cracked ransacked+ sabotaged+ uprooted+ smashed+
destroy: destroyed+ demolished+ razed+ flattened+ gutted+ levelled+ leveled+
burn: torched+ ablaze burned+ burnt+
leak: leaked leaking
scrap: scrapped+ scraps+ axed+ shelved+ cancelled+ canceled+ cancel+ scrap+ axe+ shelve+ abandoned+
postpone: postponed+ delayed+ rescheduled+ postpone+ delay+
storm: stormed+
seize: seized+ captured+ impounded+ confiscated+ recaptured+ retook+
hijack: hijacked+
sink: sank+ sunk sinks foundered
capsize: capsized capsizes overturned+ overturns+
crash: crashed crashes
explode: exploded explodes detonated+
collide: collided collides
derail: derailed derails
skid: skidded skids overshot+
abort: aborted+ scrubbed+ abort+
divert: diverted+
substitute: substituted+
close: closed+
eject: ejected
rescue: rescued+ airlifted+ refloated+
extradite: extradited+
hospital: hospitalised hospitalized
promote: promoted+
booked: booked
dissolve: dissolved+
freeze: frozen+ froze+
ground: grounded+
bailout: recapitalised+ recapitalized+ nationalised+ nationalized+
terminate: terminated+
extend: extended+ expanded+
annul: annulled+ voided+
investigate: investigated+ probed+
decommission: decommissioned+ mothballed+
land: landed
threaten: threatened+
crush: crushed+
electrocute: electrocuted+
torture: tortured+
rape: raped+
impeach: impeached+
appoint: appointed+ hired+ recruited+
pardon: pardoned+
launch: launched+ unveiled+
sue: sued+
delete: deleted+ wiped+ erased+
sedate: tranquillised+ tranquilized+ sedated+
quarantine: quarantined+
adjourn: adjourned+
drift: drifted
overdose: overdosed
choke: choked suffocated smothered+
defuse: defused+
ditch: ditched
infect: infected+
diagnose: diagnosed+
recover: recovered cured+
struck: struck+
unearth: unearthed+ excavated+ exhumed+
free: freed+
entangle: entangled+
halt: halted+
remand: remanded+
furlough: furloughed+
privatise: privatised+ privatized+
relegate: relegated+
shortlist: shortlisted+
knight: knighted+
cremate: cremated+
scuttle: scuttled+
salvage: salvaged+
escort: escorted+
impound: impounded+
shred: shredded+
declassify: declassified+
dock: docked berthed moored
rehome: rehomed+
defect: defected
embezzle: embezzled+ siphoned+
poach: poached+
elope: eloped
revoke: revoked+
repossess: repossessed+
win: won wins
nominate: nominated+
strangle: strangled+ throttled+
firebomb: firebombed+
default: defaulted
refinance: refinanced+
airlift: airlifted+
auction: auctioned+
penalise: penalised+ penalized+
shot_down: downed+
restart: restarted+ relaunched+
"""
FORMS: dict[str, tuple[str, bool]] = {
    form.rstrip("+"): (label, form.endswith("+"))
    for line in _FORMS_TEXT.strip().splitlines()
    for label, forms in [line.split(":")]
    for form in forms.split()
}
# Two words: (first, second) -> (what happened, takes an object after the second word).
PHRASES: dict[tuple[str, str], tuple[str, bool]] = {
    ("shot", "dead"): ("kill", True), ("shot", "to"): ("kill", True), ("beaten", "to"): ("kill", True),
    ("stabbed", "to"): ("kill", True), ("shot", "down"): ("shot_down", True), ("struck", "by"): ("hit", False),
    ("wiped", "out"): ("destroy", True),
    ("hit", "by"): ("hit", False), ("run", "over"): ("hit", False), ("knocked", "down"): ("hit", False),
    ("stepped", "down"): ("resign", False), ("steps", "down"): ("resign", False), ("step", "down"): ("resign", False),
    ("pulled", "out"): ("withdraw", False), ("pulls", "out"): ("withdraw", False),
    ("snapped", "up"): ("sell", True), ("went", "bust"): ("bankrupt", False),
    ("went", "bankrupt"): ("bankrupt", False), ("declared", "bankrupt"): ("bankrupt", False),
    ("filed", "for"): ("bankrupt", False), ("files", "for"): ("bankrupt", False), ("shut", "down"): ("close", True),
    ("shutting", "down"): ("close", True), ("shuts", "down"): ("close", True),
    ("burnt", "out"): ("destroy", False), ("burned", "out"): ("destroy", False), ("blown", "up"): ("destroy", False),
    ("blew", "up"): ("explode", True), ("caught", "fire"): ("burn", False), ("catches", "fire"): ("burn", False),
    ("set", "fire"): ("burn", True), ("sets", "fire"): ("burn", True), ("set", "alight"): ("burn", True),
    ("set", "ablaze"): ("burn", True), ("on", "fire"): ("burn", False), ("called", "off"): ("scrap", True),
    ("came", "down"): ("came_down", False), ("sent", "off"): ("sent_off", False), ("red", "card"): ("sent_off", False),
    ("yellow", "card"): ("booked", False),
    ("sprang", "a"): ("leak", False), ("precautionary", "landing"): ("land", False),
    ("fell", "overboard"): ("overboard", False), ("put", "down"): ("kill", False), ("painted", "over"): ("paint_over", False), ("broke", "down"): ("breakdown", False), ("taken", "hostage"): ("kidnap", False), ("held", "hostage"): ("kidnap", False), ("turned", "back"): ("turned_back", False),
    ("emergency", "landing"): ("land", False), ("landed", "safely"): ("land", False),
    ("laid", "off"): ("sack", True), ("walked", "out"): ("strike", False), ("went", "on"): ("strike", False),
    ("locked", "out"): ("lockout", True), ("threw", "away"): ("discard", True), ("thrown", "away"): ("discard", False),
    ("cordoned", "off"): ("cordon", True), ("sealed", "off"): ("cordon", True), ("invested", "in"): ("invest", True),
    ("cut", "off"): ("cut_off", True), ("taken", "over"): ("takeover", False), ("lost", "power"): ("breakdown", False),
    ("turned", "away"): ("turned_away", True), ("in", "lockdown"): ("lockdown", False),
    ("ran", "aground"): ("aground", False), ("run", "aground"): ("aground", False), ("runs", "aground"): ("aground", False),
    ("running", "aground"): ("aground", False), ("relieved", "of"): ("sack", False),
    ("bailed", "out"): ("bailout", True), ("taken", "offline"): ("offline", False), ("kicked", "out"): ("expel", True),
    ("knocked", "offline"): ("offline", False), ("lost", "contact"): ("lost_contact", False),
    ("swept", "away"): ("flood", False), ("washed", "away"): ("flood", False), ("gunned", "down"): ("shoot", True),
    ("sworn", "in"): ("appoint", False), ("knocked", "unconscious"): ("injure", True), ("spun", "off"): ("spinoff", True),
    ("struck", "off"): ("struck_off", True), ("locked", "down"): ("lockdown", True),
    ("shelter", "in"): ("shelter", False), ("sheltered", "in"): ("shelter", False), ("let", "off"): ("caution", False),
    ("scaled", "back"): ("reduce", True), ("walked", "off"): ("walk_off", False), ("knocked", "out"): ("knocked_out", False),
    ("floated", "on"): ("listing", False), ("granted", "asylum"): ("asylum", False),
    ("stripped", "of"): ("strip", False), ("gave", "birth"): ("birth", False),
    ("suspended", "sentence"): ("suspended_sentence", False), ("refused", "entry"): ("turned_away", False),
    ("denied", "entry"): ("turned_away", False), ("went", "missing"): ("missing", False),
    ("gone", "missing"): ("missing", False), ("called", "up"): ("callup", False), ("dropped", "from"): ("drop", False),
}
# Forms read only in the passive ("was fired", "has been dismissed"): active, they mean other things ("fired tear
# gas", "dismissed the claims").
PASSIVE_ONLY = {"fired": "sack", "dismissed": "sack", "removed": "sack", "released": "release", "excluded": "expel",
                "paroled": "release", "warned": "caution"}

_TOGETHER_TEXT = """
kill: injure jail convict destroy poison fine bury flood evacuate
kill: shoot stab attack rob hit collapse crash explode burn sink capsize collide derail shot_down hijack storm
injure: shoot stab attack rob hit collapse crash explode burn collide derail skid capsize sink aground eject kidnap
injure: arrest rescue escape hijack storm shot_down poison evacuate flood bury discharge land bite sting hospital
hospital: collapse discharge
strand: rescue breakdown
shoot: attack rob kidnap hijack
stab: attack rob kidnap
punch: attack injure rob kidnap kill
attack: rob kidnap storm hijack burn damage hit destroy hack bite
rob: steal kidnap hijack storm
hit: damage destroy burn explode sink crash collide capsize derail collapse
collapse: destroy bankrupt explode bury evacuate cut_off
buckle: damage
cordon: evacuate arrest storm seize inspect
raid: inspect arrest seize
ban: suspend
acquire: close sell takeover
escape: rescue
kidnap: hijack seize
arrest: jail suspend sack caution seize extradite
question: caution
charge: arrest jail convict question
jail: convict
fine: convict arrest
release: arrest
resign: retire withdraw kill
retire: kill
withdraw: kill
bankrupt: sell close
steal: seize storm hijack
damage: burn storm flood evacuate hack explode collide capsize aground skid derail shot_down
destroy: burn explode crash shot_down sink storm
burn: explode crash collide sink storm shot_down derail evacuate
evacuate: explode leak flood destroy
scrap: abort close
divert: land postpone abort
postpone: abort
storm: seize
seize: hijack
sink: explode collide capsize
capsize: collide crash derail
crash: explode collide derail skid capsize eject
explode: collide shot_down
collide: derail skid
ground: crash land divert
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
appoint: reappoint promote
pardon: convict jail release
adjourn: postpone
drift: strand aground breakdown rescue
free: rescue release escape kidnap hijack seize
entangle: strand rescue
halt: suspend close
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
airlift: rescue evacuate hospital injure strand
auction: sell seize
strangle: kill attack injure rob kidnap rape torture
firebomb: burn attack damage destroy explode
suspended_sentence: convict
callup: appoint promote
"""
# What is done to one by the law comes before or after what happened ("escaped" / "was convicted" of an earlier
# crime): it differs only from another step of the law, an arrest from a death or a shooting, a release from an
# escape or a death.
LAW = frozenset("""arrest charge jail convict caution fine release extradite question investigate pardon remand
    suspended_sentence""".split())
_NOT_AFTER_LAW = frozenset((("arrest", "kill"), ("arrest", "shoot"), ("jail", "expel"), ("release", "escape"), ("fine", "ban"), ("fine", "suspend"), ("arrest", "turned_away"),
                            ("release", "kill"), ("arrest", "kidnap"), ("arrest", "expel"), ("fine", "disqualify"),
                            ("caution", "ban"), ("caution", "suspend"), ("caution", "disqualify"), ("caution", "sack"),
                            ("fine", "close"), ("fine", "struck_off"), ("suspend", "struck_off"), ("caution", "expel"),
                            ("release", "remand"), ("arrest", "free"), ("release", "transfer"), ("arrest", "poison"), ("release", "expel"), ("extradite", "expel"), ("extradite", "escape"),
                            ("jail", "ban")))  # ("the gunman was shot dead" / "was arrested")
_LABELS = {x for x, _ in FORMS.values()} | {x for x, _ in PHRASES.values()} | set(PASSIVE_ONLY.values())
# A prize won differs only from its shortlist, a nomination, a disqualification or a prize taken away.
_NOT_WITH_WIN = frozenset("shortlist nominate disqualify strip".split())


def _pairs(text: str) -> frozenset[frozenset[str]]:
    """The pairs of happenings of lines "label: other other ..."."""
    return frozenset(frozenset((label, other)) for line in text.strip().splitlines()
                     for label, others in [line.split(":")] for other in others.split())


# Of the happenings that go together, those that are one and the same act told otherwise ("sold" / "bought",
# "freed" / "released", "diverted" / "landed"); the rest are steps of one story ("arrested" / "charged") or a
# means and its outcome ("shot" / "killed"), which ``happenings`` tells apart in a version restated.
_ONE_ACT_TEXT = """
acquire: sell takeover
sell: auction repossess
free: release rescue escape escort
rescue: release airlift rehome escort salvage
land: divert came_down ground dock
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
halt: suspend close
suspend: ban
revoke: strip ban expel
close: decommission
retire: decommission
evacuate: airlift
repair: salvage
appoint: reappoint promote callup
promote: callup
nominate: shortlist
seize: impound
steal: embezzle rob poach
inspect: raid
postpone: extend adjourn
drift: strand breakdown
strand: breakdown
"""
ONE_ACT = _pairs(_ONE_ACT_TEXT)
TOGETHER: frozenset[frozenset[str]] = _pairs(_TOGETHER_TEXT) | ONE_ACT | frozenset(
    frozenset((law, label)) for law in LAW for label in _LABELS
    if label not in LAW and (law, label) not in _NOT_AFTER_LAW
) | frozenset(frozenset(("win", label)) for label in _LABELS - _NOT_WITH_WIN)

# What a happening may be the means of, and the means (a blow, a crash, a fire); and the words for any blow or harm
# ("attacked", "hit").
OUTCOMES = frozenset("kill injure destroy damage hospital".split())
MEANS = frozenset("""shoot stab poison bite sting attack punch collapse bury flood trample stone cane crash explode
    collide derail skid burn sink capsize crush electrocute torture rape choke overdose strangle firebomb struck hit
    came_down shot_down ditch buckle""".split())
HARM = frozenset("attack hit struck disrupt offline threaten".split())

TRIGGERS = frozenset(FORMS) | frozenset(w for pair in PHRASES for w in pair[:1]) | frozenset(PASSIVE_ONLY)
