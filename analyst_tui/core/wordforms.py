"""Other forms of one word, which the stemmer leaves apart: they share a stem for matching.

- The past forms of irregular verbs ("shot" / "shoot", "fled" / "flee", "struck" / "strike"). Forms that
  are more often another word in the news are left out ("left", "wound", "lay", "bound", "bit"); "fell"
  and "rose" are in: the news means the verbs.
- British spellings, mapped to American ones ("jewellery" / "jewelry", "defence", "centre", "organised",
  "neighbouring", "travelled"), so that a British outlet's report and an American one share their words.

``SAME_WORD`` maps a normalised word (lower case) to the word whose stem it takes.
"""

from __future__ import annotations

_IRREGULAR_PAIRS = """
arose arisen:arise ate eaten:eat beat beaten:beat became:become began begun:begin bent:bend bled:bleed
blew blown:blow broke broken:break bred:breed brought:bring built:build bought:buy caught:catch
chose chosen:choose came:come crept:creep dealt:deal dug:dig drew drawn:draw drank drunk:drink
drove driven:drive fed:feed fell fallen:fall fought:fight found:find fled:flee flew flown:fly
forbade forbidden:forbid forgot forgotten:forget forgave forgiven:forgive froze frozen:freeze
gave given:give went gone:go grew grown:grow hung:hang heard:hear hid hidden:hide held:hold kept:keep
knew known:know led:lead lent:lend lost:lose made:make meant:mean met:meet overcame:overcome paid:pay
ran:run rang rung:ring rode ridden:ride rose risen:rise sought:seek sold:sell sent:send shook shaken:shake
shone:shine shot:shoot sang sung:sing sank sunk:sink slept:sleep slid:slide spoke spoken:speak sped:speed
spent:spend stood:stand stole stolen:steal stuck:stick stung:sting struck stricken:strike swore sworn:swear
swept:sweep swam swum:swim took taken:take taught:teach tore torn:tear thought:think threw thrown:throw
understood:understand undertook undertaken:undertake woke woken:wake wore worn:wear wept:weep won:win
withdrew withdrawn:withdraw wrote written:write saw seen:see told:tell said:say felt:feel
"""

# British spellings: words in -our, -re, -ise / -yse (with their common endings), doubled l, and others.
_OUR = ("colour honour labour neighbour behaviour favour harbour rumour humour armour endeavour vapour flavour savour "
        "valour vigour odour splendour clamour parlour tumour").split()
_RE = "centre theatre metre litre fibre calibre sabre spectre lustre meagre sombre".split()
_ISE = ("organise recognise realise apologise criticise authorise emphasise legalise mobilise stabilise minimise maximise "
        "prioritise privatise finalise normalise penalise specialise summarise utilise characterise sympathise hospitalise "
        "militarise jeopardise capitalise modernise publicise scrutinise categorise equalise familiarise fertilise "
        "legitimise localise memorise neutralise optimise patronise popularise rationalise stigmatise subsidise symbolise "
        "terrorise vandalise visualise westernise destabilise demoralise civilise colonise commercialise computerise "
        "decentralise democratise energise globalise harmonise idealise immobilise industrialise mechanise monopolise "
        "nationalise personalise polarise pressurise radicalise revolutionise sanitise socialise standardise sterilise "
        "synchronise urbanise victimise digitise evangelise fantasise hypothesise immunise marginalise moisturise "
        "analyse paralyse catalyse").split()
_LL = ("travel cancel label model fuel counsel signal total level channel marshal dial equal quarrel tunnel shovel "
       "rival pedal").split()
_OTHER = """jewellery:jewelry jeweller:jeweler jewellers:jewelers defence:defense defences:defenses offence:offense
offences:offenses licence:license licences:licenses programme:program programmes:programs tyre:tire tyres:tires
grey:gray aluminium:aluminum plough:plow mould:mold ageing:aging manoeuvre:maneuver manoeuvres:maneuvers
paediatric:pediatric paediatrician:pediatrician haemorrhage:hemorrhage anaemia:anemia orthopaedic:orthopedic
foetus:fetus diarrhoea:diarrhea kerb:curb storey:story storeys:stories sceptic:skeptic sceptical:skeptical
scepticism:skepticism catalogue:catalog analogue:analog judgement:judgment judgements:judgments
acknowledgement:acknowledgment enrolment:enrollment fulfil:fulfill fulfilment:fulfillment instalment:installment
skilful:skillful wilful:willful woollen:woolen pyjamas:pajamas practise:practice practised:practiced
practising:practicing moustache:mustache sulphur:sulfur oesophagus:esophagus leukaemia:leukemia
anaesthetic:anesthetic"""


def _irregular(table: str) -> dict[str, str]:
    """Each past form of ``table`` ("form form:verb ...") to its verb."""
    out: dict[str, str] = {}
    forms: list[str] = []
    for token in table.split():
        form, _, verb = token.partition(":")
        forms.append(form)
        if verb:
            out.update((f, verb) for f in forms if f != verb)
            forms = []
    return out


def _british() -> dict[str, str]:
    out = dict(pair.split(":") for pair in _OTHER.split())
    for w in _OUR:
        for end in ("", "s", "ed", "ing", "able", "ably", "ite", "ites", "ful", "hood", "hoods", "less", "er", "ers"):
            out[w + end] = w[:-3] + "or" + end
    for w in _RE:
        for end, us in (("", "er"), ("s", "ers"), ("d", "ered")):
            out[w + end] = w[:-2] + us
    for w in _ISE:
        z = w[:-2] + "z"  # organise -> organiz, analyse -> analyz
        for end in ("e", "es", "ed", "ing", "er", "ers", "ation", "ations"):
            for before in ("", "un", "re"):  # ("unauthorised", "reorganised")
                out[before + w[:-1] + end] = before + z + end
    for w in _LL:
        for end in ("led", "ling", "ler", "lers", "lor", "lors"):
            out[w + end] = w + end[1:]
    return out


BRITISH: dict[str, str] = _british()
IRREGULAR: dict[str, str] = _irregular(_IRREGULAR_PAIRS)  # each irregular past form to its verb ("struck": "strike")
IRREGULAR_PAST: frozenset[str] = frozenset(IRREGULAR)  # "struck", "left" ("hit", "cut": no)
SAME_WORD: dict[str, str] = {**BRITISH, **IRREGULAR}


def us_spelling(text: str) -> str:
    """Lower-case words in one spelling ("counts of unauthorised": "counts of unauthorized")."""
    return " ".join(BRITISH.get(w, w) for w in text.split())
