"""The words of ``happenings``: each verb that names what befell someone or something (which two go together is
``happening_pairs``)."""

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
question: questioned+ interviewed+ quizzed+ questioning+
taser: tasered+
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
sack: sacked+ sacks+ ousted+ deposed+ ousts+ defrocked+ disbarred+
resign: resigned resigns resign quit quits recused
retire: retired retires
reopen: reopened reopens reopen
start: began begun started commenced
finish: ended finished concluded wrapped
score: scored
withdraw: withdrew+ withdraws+ withdrawn+
disqualify: disqualified+
reinstate: reinstated+ reinstates+
birth: born
legalise: legalised+ legalized+ decriminalised+ decriminalized+
sell: sold+ sells+ sell+ selling+
donate: donated+ donates+ bequeathed+
loan: loaned+ lend+ lends+ lending+
interrupt: interrupted+
vacate: vacated+ relinquished+
riot: rioted rioting
bankrupt: administration liquidation liquidated bankrupted+
steal: stolen+ stole+ steals+ looted+ burgled+ burglarised+ shoplifted+ copied+
damage: damaged+ vandalised+ vandalized+ defaced+ cracked ransacked+ sabotaged+ uprooted+ smashed+ dismasted+ toppled+
destroy: destroyed+ razed+ flattened+ gutted+ levelled+ leveled+
demolish: demolished+
burn: torched+ ablaze burned+ burnt+
leak: leaked leaking
scrap: scrapped+ scraps+ axed+ shelved+ cancelled+ canceled+ cancel+ scrap+ axe+ shelve+ abandoned+ abandon+
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
close: closed+ shut+ close+ closes+ closing+ shuts+ shutting+
eject: ejected
rescue: rescued+ airlifted+ refloated+ saved+
extradite: extradited+
hospital: hospitalised hospitalized
promote: promoted+
demote: demoted+
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
publish: published+
sedate: tranquillised+ tranquilised+ tranquilized+ sedated+
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
trap: trapped+
board: boarded+
intercept: intercepted+
subpoena: subpoenaed+
retract: retracted+
overflow: overflowed
marry: married+ wed+
divorce: divorced+
acquit: acquitted+
elect: elected+ reelected+
open: opened+ open+ opens+ opening+
join: joined
leave: left
disperse: dispersed+
sign: signed+
premiere: premiered
convert: converted+
separate: separated
rally: rallied marched
burst: burst bursts breached+
commute: commuted+
lease: leased+ leasing+
revive: resuscitated+ revived+
retreat: retreated
deploy: deployed+
pregnant: pregnant
recount: recount
mistrial: mistrial
missing: disappeared vanished
cut_short: shortened+
repeal: repealed+
amend: amended+
cut_down: felled+
flee: fled flees
"""
# What a regulator may block ("saw their planned merger blocked"): no road or port blockaded.
# Words after "a" that open a happening of two words ("was given a community sentence", "made an emergency landing").
AFTER_A = frozenset("emergency precautionary formal written community full police time hunger".split())
HOW_ILL = frozenset("seriously critically gravely suddenly badly".split())  # ("fell seriously ill")
BABY = frozenset("baby child twins son daughter".split())  # ("is expecting a baby boy")
DEALS = frozenset("merger mergers deal deals takeover takeovers bid bids acquisition sale plan plans proposal".split())
INTACT = "intact"  # "stayed upright", "is still standing", "landed intact": not crashed, overturned or collapsed
SPARED = "spared"  # "the village was spared by the wildfire": not destroyed, burned or damaged
IN_POST = "in_post"  # "remains in charge", "stayed in office" (``happenings``): not sacked, nor resigned
STAYED = frozenset("remains remained stays stayed".split())
POSTS = frozenset("charge post office command power place".split())
AT_SCENE = "treated_at_scene"  # "treated by paramedics at the scene" (``happenings``): not taken to hospital
FORMS: dict[str, tuple[str, bool]] = {
    form.rstrip("+"): (label, form.endswith("+"))
    for line in _FORMS_TEXT.strip().splitlines()
    for label, forms in [line.split(":")]
    for form in forms.split()
}
# Two words: (first, second) -> (what happened, takes an object after the second word).
PHRASES: dict[tuple[str, str], tuple[str, bool]] = {
    ("shot", "dead"): ("kill", True), ("shot", "to"): ("kill", True), ("beaten", "to"): ("kill", True),
    ("fell", "ill"): ("ill", False), ("falls", "ill"): ("ill", False), ("became", "ill"): ("ill", False),
    ("taken", "ill"): ("ill", False),  # (alive: ``happening_pairs.ALIVE``)
    ("stabbed", "to"): ("kill", True), ("shot", "down"): ("shot_down", True), ("struck", "by"): ("hit", False),
    ("wiped", "out"): ("destroy", True),
    ("hit", "by"): ("hit", False), ("run", "over"): ("hit", False), ("knocked", "down"): ("hit", False),
    ("stepped", "down"): ("resign", False), ("steps", "down"): ("resign", False), ("step", "down"): ("resign", False),
    ("stood", "down"): ("resign", False), ("stands", "down"): ("resign", False),  # ("was stood down": ``PASSIVE``)
    ("pulled", "out"): ("withdraw", False), ("pulls", "out"): ("withdraw", False),
    ("snapped", "up"): ("sell", True), ("went", "bust"): ("bankrupt", False),
    ("went", "bankrupt"): ("bankrupt", False), ("declared", "bankrupt"): ("bankrupt", False),
    ("filed", "for"): ("bankrupt", False), ("files", "for"): ("bankrupt", False), ("shut", "down"): ("close", True),
    ("shutting", "down"): ("close", True), ("shuts", "down"): ("close", True),
    ("burnt", "out"): ("destroy", False), ("burned", "out"): ("destroy", False), ("blown", "up"): ("destroy", False),
    ("blew", "up"): ("explode", True), ("caught", "fire"): ("burn", False), ("catches", "fire"): ("burn", False),
    ("set", "fire"): ("burn", True), ("sets", "fire"): ("burn", True), ("set", "alight"): ("burn", True),
    ("set", "ablaze"): ("burn", True), ("on", "fire"): ("burn", False), ("called", "off"): ("scrap", True),
    ("call", "off"): ("scrap", True),
    ("came", "down"): ("came_down", False), ("sent", "off"): ("sent_off", True), ("red", "card"): ("sent_off", False),
    ("yellow", "card"): ("booked", False),
    ("sprang", "a"): ("leak", False), ("precautionary", "landing"): ("land", False),
    ("fell", "overboard"): ("overboard", False), ("put", "down"): ("kill", False), ("painted", "over"): ("paint_over", False), ("broke", "down"): ("breakdown", False), ("taken", "hostage"): ("kidnap", False), ("held", "hostage"): ("kidnap", False), ("turned", "back"): ("turned_back", False),
    ("emergency", "landing"): ("land", False), ("landed", "safely"): ("land", False),
    ("gave", "way"): ("collapse", False), ("given", "way"): ("collapse", False),  # ("the bridge gave way")
    ("forced", "out"): ("sack", True),
    ("laid", "off"): ("sack", True), ("took", "on"): ("appoint", True), ("taken", "on"): ("appoint", True), ("walked", "out"): ("strike", False), ("went", "on"): ("strike", False),
    ("locked", "out"): ("lockout", True), ("threw", "away"): ("discard", True), ("thrown", "away"): ("discard", False),
    ("cordoned", "off"): ("cordon", True), ("sealed", "off"): ("cordon", True), ("invested", "in"): ("invest", True),
    ("cut", "off"): ("cut_off", True), ("taken", "over"): ("takeover", False), ("lost", "power"): ("breakdown", False),
    ("turned", "away"): ("turned_away", True), ("in", "lockdown"): ("lockdown", False),
    ("ran", "aground"): ("aground", False), ("run", "aground"): ("aground", False), ("runs", "aground"): ("aground", False),
    ("running", "aground"): ("aground", False), ("relieved", "of"): ("sack", False),
    ("voted", "out"): ("sack", True), ("pushed", "out"): ("sack", True),  # ("was voted out by the executive")
    ("brought", "forward"): ("advance", True),  # ("has been brought forward to January" / "delayed until October")
    ("bailed", "out"): ("bailout", True), ("taken", "offline"): ("offline", False), ("kicked", "out"): ("expel", True),
    ("knocked", "offline"): ("offline", False), ("lost", "contact"): ("lost_contact", False),
    ("swept", "away"): ("flood", False), ("washed", "away"): ("flood", False), ("gunned", "down"): ("shoot", True),
    ("sworn", "in"): ("appoint", False), ("knocked", "unconscious"): ("injure", True), ("spun", "off"): ("spinoff", True),
    ("struck", "off"): ("struck_off", True), ("locked", "down"): ("lockdown", True),
    ("shelter", "in"): ("shelter", False), ("sheltered", "in"): ("shelter", False), ("let", "off"): ("caution", False),
    ("scaled", "back"): ("reduce", True), ("walked", "off"): ("walk_off", False), ("knocked", "out"): ("knocked_out", False),
    ("floated", "on"): ("listing", False), ("granted", "asylum"): ("asylum", False),
    ("granted", "bail"): ("bail", True), ("taken", "to"): ("hospital", False), ("rushed", "to"): ("hospital", False), ("given", "bail"): ("bail", True), ("sentenced", "to"): ("jail", False),
    ("went", "public"): ("listing", False), ("goes", "public"): ("listing", False),
    ("stripped", "of"): ("strip", False), ("gave", "birth"): ("birth", False), ("given", "birth"): ("birth", False),
    ("gives", "birth"): ("birth", False),
    ("suspended", "sentence"): ("suspended_sentence", False), ("refused", "entry"): ("turned_away", False),
    ("denied", "entry"): ("turned_away", False), ("went", "missing"): ("missing", False),
    ("gone", "missing"): ("missing", False), ("called", "up"): ("callup", False), ("dropped", "from"): ("drop", False),
    ("got", "engaged"): ("engage", False), ("became", "engaged"): ("engage", False),
    ("split", "up"): ("separate", False), ("signed", "for"): ("join", False), ("granted", "refugee"): ("asylum", False),
    ("stayed", "upright"): (INTACT, False), ("remained", "upright"): (INTACT, False),
    ("still", "standing"): (INTACT, False),
    ("landed", "intact"): (INTACT, False), ("found", "intact"): (INTACT, False),  # ("remained standing": a state
    # kept, ``polarity_words``)
    ("remained", "intact"): (INTACT, False), ("remains", "intact"): (INTACT, False),
    ("survived", "intact"): (INTACT, False), ("lifted", "intact"): (INTACT, False),
    ("spared", "by"): (SPARED, False), ("spared", "from"): (SPARED, False),  # "was spared by the wildfire"
    ("into", "lockdown"): ("lockdown", False),
    ("taken", "prisoner"): ("kidnap", False), ("held", "captive"): ("kidnap", False),
    ("placed", "under"): ("arrest", False), ("fled", "into"): ("exile", False), ("sent", "into"): ("exile", False),
    ("cut", "short"): ("cut_short", True), ("lifted", "off"): ("launch", False), ("blasted", "off"): ("launch", False),
    ("pushed", "back"): ("postpone", True), ("put", "back"): ("postpone", True),
    ("formal", "warning"): ("caution", False), ("written", "warning"): ("caution", False),
    ("written", "reprimand"): ("caution", False), ("formal", "reprimand"): ("caution", False),
    ("hunger", "strike"): ("hunger_strike", False), ("time", "penalty"): ("penalise", False),
    ("stroke", "penalty"): ("penalise", False),
    ("community", "sentence"): ("suspended_sentence", False), ("community", "order"): ("suspended_sentence", False),
    ("treated", "in"): ("hospital", False), ("treated", "at"): ("hospital", False),
    ("treated", "for"): ("injure", False),
    ("turn", "back"): ("turned_back", False), ("turns", "back"): ("turned_back", False),
    ("began", "trading"): ("listing", False), ("started", "trading"): ("listing", False),
    ("burst", "into"): ("burn", False), ("bursts", "into"): ("burn", False), ("burst", "its"): ("overflow", False),
    ("spilled", "over"): ("overflow", False),
    ("torn", "down"): ("destroy", True), ("pulled", "down"): ("destroy", True),
    ("locked", "inside"): ("lockdown", False), ("floated", "its"): ("listing", False),
    ("full", "recovery"): ("recover", False), ("wound", "up"): ("bankrupt", False),
    ("market", "debut"): ("listing", False), ("listed", "on"): ("listing", False), ("run", "away"): ("runaway", False),
    ("ran", "away"): ("runaway", False),
    ("emergency", "stop"): ("stop", False), ("pulled", "back"): ("withdraw", False),
    ("police", "caution"): ("caution", False), ("entered", "orbit"): ("orbit", False),
    ("cleared", "of"): ("acquit", False), ("stretchered", "off"): ("injure", False),
    ("returned", "safely"): ("safe_return", False), ("stay", "inside"): ("shelter", False),
    ("stay", "indoors"): ("shelter", False), ("sit", "-"): ("rally", False),
}
# Forms read only in the passive ("was fired", "has been dismissed"): active, they mean other things ("fired tear
# gas", "dismissed the claims").
# Two words that tell another happening in the passive: "the mayor stood down" resigned, "was stood down" suspended.
PASSIVE = {("stood", "down"): "suspend"}
PASSIVE_ONLY = {"moved": "transfer", "found": "find", "discovered": "find", "fired": "sack", "dismissed": "sack", "removed": "sack",
                "released": "release", "excluded": "expel", "paroled": "release", "warned": "caution",
                "slashed": "damage", "awarded": "win"}  # ("was awarded the Halberd Prize": won it)

TRIGGERS = frozenset(FORMS) | frozenset(w for pair in PHRASES for w in pair[:1]) | frozenset(PASSIVE_ONLY) | frozenset(
    "took takes taken taking locked cleared ordered treated expecting settled settles settle went goes go gone".split()
) | STAYED  # ("took a guard hostage", "locked workers out", "cleared her of", "was ordered to do unpaid work", "is
# expecting a baby", "remains in charge", "settled the claim", "went to trial")


_NOT_FOUND = frozenset("""to that guilty not liable responsible unfit fit innocent wanting dead alive unconscious safe
    unharmed well hanging lying floating""".split())


# ("found beaten to death")
_PARTICIPLES_EN = frozenset("beaten stolen taken hidden broken frozen fallen bitten shaken".split())


def found_otherwise(toks: list, k: int) -> bool:
    """Whether "found" at ``k`` tells of something else than a finding: "was found guilty", "was found to have lied",
    "was found dead", "was found beaten" (what was found is the news, told by the word after)."""
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return after in _NOT_FOUND or after.endswith("ed") or after in _PARTICIPLES_EN or after == "in" and k + 2 < len(
        toks) and toks[k + 2].low in ("breach", "contempt")
