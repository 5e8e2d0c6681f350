"""The words ``replaced`` reads to tell one verb put in another's place from another word for the same act: verbs
that say little of what happened ("made", "took"), groups of words for one act that the happening lists do not give
("conned" / "swindled", "gathered" / "assembled"), and a verb with its particle that says what one word says
("passed away" is "died")."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, stem

# Verbs that say little of what happened.
LIGHT = frozenset(stem(w) for w in """made took gave got went came used had did held kept put set let left named seen
    found showed shown noted cited testified described explained suggested revealed disclosed quoted estimated happened
    occurred""".split())
# Words for one act, in groups (any two of a group; a word may be in more than one).
_ONE_ACT_TEXT = """suffered sustained|hospitalised hospitalized|injured hurt wounded|detained held|
    sacked fired dismissed ousted|killed slain murdered|scrapped axed dropped abandoned ditched|jailed imprisoned|
    torched burned burnt|closed shut sealed|cordoned sealed|demolished razed flattened levelled leveled bulldozed|
    evacuated cleared|purchased bought acquired absorbed|seized confiscated grabbed|rescued saved|
    freed released liberated|
    attacked assaulted beaten|robbed mugged|stolen taken swiped|battled fought tackled|
    began started commenced launched initiated|ended finished concluded|stopped halted paused|quit resigned|
    collapsed caved|found discovered located traced tracked|received obtained|hit struck|warned cautioned|
    postponed delayed deferred|smashed shattered|won clinched secured|scored netted|recruited hired|
    criticised criticized slammed blasted condemned denounced lambasted berated|praised hailed commended lauded applauded|
    understood believed thought reported said alleged suspected presumed rumoured rumored|blocked barred|
    boosted raised increased|cut reduced lowered slashed trimmed|backed supported endorsed|unveiled announced|
    pulled withdrawn withdrew retracted|honoured honored recognised recognized|spotted sighted|fled escaped|
    restored renovated refurbished|rebuked reprimanded censured|probed investigated examined scrutinised scrutinized|
    gathered assembled congregated massed|chose picked selected|conned swindled defrauded duped scammed cheated tricked|
    invested poured pumped ploughed plowed injected|stripped deprived|shored propped bolstered reinforced|
    battered lashed pounded buffeted|grilled questioned quizzed interrogated|broken broke violated breached flouted|
    winched hoisted|backtracked reneged|cracked clamped|hammered thrashed|stepped stood|vowed pledged promised swore|
    destroyed wrecked ruined devastated|sold offloaded divested liquidated|opened launched|inaugurated sworn|
    deflected fended parried|distributed handed|detailed outlined fleshed|admitted conceded owned|tightened beefed|
    introduced rolled|downplayed played|identified pinned|attracted drew|spent shelled|returned handed|
    intensified stepped|profited cashed|presided chaired|rejected dismissed|shelved mothballed|imposed slapped levied|
    sacked axed|levelled leveled squared|airlifted flown|scooped won picked collected|diverted rerouted redirected|
    repaired fixed mended|vaccinated immunised immunized inoculated|discovered unearthed|lifted removed|
    overturned flipped|defeated beaten beat overcame edged thrashed|
    crashed ploughed plowed slammed careered smashed rammed|captured seized took|
    jailed imprisoned sentenced|arrested apprehended caught nabbed captured|charged prosecuted indicted|
    fined penalised penalized sanctioned|died perished|evacuated moved relocated|rescued pulled|stolen snatched|
    launched introduced unveiled|recalled withdrawn pulled|hospitalised hospitalized admitted treated|
    attacked targeted|shelled pounded bombarded|kidnapped abducted seized snatched grabbed|looted ransacked plundered|
    appointed named chosen picked selected|promoted elevated|deported removed expelled|trapped stuck stranded|
    recovered retrieved found|abandoned deserted|hacked breached infiltrated burgled|leaked released disclosed|
    scored netted struck|excluded disallowed|merged combined amalgamated|imported bought purchased|send sent dispatch dispatched deploy deployed|finished completed"""
ONE_ACT: dict[str, frozenset[int]] = {}
for _group, _words in enumerate(_ONE_ACT_TEXT.split("|")):
    for _w in _words.split():
        ONE_ACT[stem(_w)] = ONE_ACT.get(stem(_w), frozenset()) | {_group}

# A verb and its particle that say what one word says ("passed away" is "died").
_PHRASAL_TEXT = """passed away:died|stepped down:resigned|fell through:collapsed|falls through:collapses|
    called off:cancelled|broke into:burgled|broken into:burgled|
    carried out:conducted|shut down:closed|gunned down:shot|wiped out:destroyed|blew up:exploded|blown up:exploded|
    put out:extinguished|turned down:rejected|knocked down:demolished|torn down:demolished|
    tore down:demolished|pulled down:demolished|locked up:jailed|rounded up:arrested|
    sent off:dismissed|sent down:jailed|fell apart:collapsed|pushed out:ousted|voted out:ousted|knocked out:eliminated|
    touched down:landed|voted down:rejected|threw out:rejected|taken over:acquired|took over:acquired|bought out:acquired|set up:founded|closed down:closed|
    cut off:disconnected|laid off:sacked|kicked out:expelled|thrown out:rejected|shot dead:killed|put down:killed|
    caved in:collapsed|fell down:collapsed|gave way:collapsed|given way:collapsed|
    burned down:gutted|burnt down:gutted|hit out:criticised|lashed out:criticised|
    found guilty:convicted|put off:postponed|held up:delayed|looked into:investigated|set free:freed|let go:released|
    ruled out:excluded|pointed out:noted|carried on:continued|gave up:abandoned|given up:abandoned|set out:outlined|
    brought in:introduced|drew up:drafted|drawn up:drafted|turned up:appeared|showed up:appeared|broke out:started|
    went ahead:proceeded|went up:rose|went down:sank|shot up:soared|pulled back:retreated|stepped up:increased|
    scaled back:reduced|ramped up:increased|cut back:reduced|phased out:scrapped|wound up:closed|left out:omitted|
    held back:withheld|handed down:imposed|backed down:retreated|signed off:approved|struck down:overturned|
    called for:demanded|sought out:sought|put forward:proposed|took part:participated|took place:happened|
    died out:disappeared|ran out:expired|ran over:hit|knocked over:hit|mowed down:hit|fought off:repelled|
    fended off:repelled|held off:resisted|warded off:repelled|wiped off:erased|
    kicked off:began|wrapped up:concluded|opened fire:shot|struck off:removed|handed back:returned|
    handed out:distributed|picked up:collected|flipped over:overturned|took on:hired|taken on:hired|snapped up:signed|owned up:admitted|played down:downplayed|pinned down:identified|tracked down:traced|
    drew in:attracted|shelled out:spent|rolled out:introduced|cashed in:profited|beefed up:tightened|
    shored up:bolstered|propped up:bolstered|fleshed out:detailed|stood aside:resigned|stepped aside:resigned|
    stood down:resigned|cracked down:clamped|clamped down:cracked|hammered out:agreed|thrashed out:agreed|
    signed for:joined|brought down:toppled|pulled out:withdrew|forced out:ousted|eased past:beat|swept past:beat|
    cruised past:beat|crashed out:eliminated|bowed out:eliminated|dumped out:eliminated|tumbled out:eliminated|
    ran into:crashed|slammed into:crashed|smashed into:crashed|ploughed into:crashed|plowed into:crashed"""
PHRASAL = {tuple(phrase.split()): one for item in _PHRASAL_TEXT.split("|") for phrase, one in [item.strip().split(":")]}


def one_act(x: str, y: str) -> bool:
    """Whether two stems are in a group of words for one act."""
    return bool(ONE_ACT.get(x, frozenset()) & ONE_ACT.get(y, frozenset()))


# In the passive, some say another thing: "were picked up near the border" (arrested), "picked up three awards".
_PASSIVE_PHRASAL = {("picked", "up"): "arrested", ("stood", "down"): "suspended"}  # ("has been stood down")
_BE = frozenset("was were is are be been being".split())
# A verb with two words of its own that says what one word says ("taken into custody" is "arrested").
_PHRASAL3 = {("taken", "into", "custody"): "arrested", ("took", "into", "custody"): "arrested",
             ("released", "from", "custody"): "freed", ("remanded", "in", "custody"): "remanded",
             ("held", "in", "custody"): "detained", ("kept", "in", "custody"): "detained"}


def phrasal3(toks: list[Tok], k: int) -> bool:
    """Whether a verb with two words of its own that says what one word says starts at ``k``."""
    return k + 2 < len(toks) and (toks[k].low, toks[k + 1].low, toks[k + 2].low) in _PHRASAL3


def word_for(toks: list[Tok], k: int) -> str:
    """The verb at ``k``, or the one word for it with its particle ("passed away": "died")."""
    if k + 1 >= len(toks):
        return toks[k].low
    if phrasal3(toks, k):
        return _PHRASAL3[toks[k].low, toks[k + 1].low, toks[k + 2].low]
    pair = (toks[k].low, toks[k + 1].low)
    if k and toks[k - 1].low in _BE and pair in _PASSIVE_PHRASAL:
        return _PASSIVE_PHRASAL[pair]
    return PHRASAL.get(pair, toks[k].low)

# Nouns that name a happening, with the happening (``happening_words``): "the collapse of the stand" / "the
# demolition of the stand".
_EVENT_NOUNS_TEXT = """death deaths killing killings murder murders:kill|injury injuries wounding:injure|
    shooting shootings:shoot|stabbing stabbings:stab|arrest arrests detention:arrest|release:release|escape:escape|
    rescue:rescue|evacuation:evacuate|collapse:collapse|demolition:demolish|explosion explosions blast:explode|
    crash:crash|collision:collide|derailment:derail|sinking:sink|capsizing:capsize|breakdown:breakdown|
    resignation:resign|dismissal sacking firing:sack|retirement:retire|suspension:suspend|closure:close|sale:sell|
    takeover acquisition:acquire|merger:merge|cancellation:scrap|postponement:postpone|conviction:convict|
    indictment:charge|extradition:extradite|deportation expulsion:expel|kidnapping abduction:kidnap|robbery:rob|
    theft:steal|burglary:steal|assault:attack|bombing:attack|raid:raid|recall:recall|launch:launch|landing:land|
    diversion:divert|hijacking:hijack|destruction:destroy|leak:leak|flooding:flood|investigation inquiry probe:investigate|
    impeachment:impeach|appointment:appoint|promotion:promote|nomination:nominate|grounding:ground|fire:burn|
    relegation:relegate|bankruptcy liquidation:bankrupt|bailout:bailout|lockdown:lockdown|pardon:pardon|
    engagement:engage|separation divorce:separate"""
EVENT_NOUNS = {noun: label for item in _EVENT_NOUNS_TEXT.split("|") for nouns, label in [item.strip().split(":")]
               for noun in nouns.split()}
