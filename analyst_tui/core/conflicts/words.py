"""The words that name what a figure counts: casualty words, units, and what is done to people.

Vocabulary only, shared by ``figures``; nothing here reads a sentence.
"""

from __future__ import annotations

# Casualty words: the class they name. Forms used as an active verb before a victim are in ACTIVE.
CASUALTY = {
    **dict.fromkeys("dead killed kill kills killing died die dies dying death deaths fatalities fatality "
                    "perished slain lives drowned drowning executed beheaded poached".split(), "dead"),  # ("81 rhinos
    # had been poached")
    **dict.fromkeys("injured injure injures injuring wounded wound wounds wounding hurt hurting injuries "
                    "injury".split(), "injured"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("trapped stuck stranded".split(), "trapped"),
    **dict.fromkeys("survived survive survives surviving survivor survivors alive".split(), "survived"),
    **dict.fromkeys("arrested detained arrests".split(), "arrested"),
    **dict.fromkeys("freed released".split(), "freed"),
    **dict.fromkeys("rescued".split(), "rescued"),
    **dict.fromkeys("captured recaptured kidnapped abducted".split(), "captured"),
    **dict.fromkeys("escaped fled".split(), "escaped"),
    "casualties": "casualties",
}  # fmt: skip
ACTIVE = frozenset("killed kill kills killing injured injure injures injuring wounded wound wounds wounding "
                   "hurt hurting freed released captured kidnapped abducted executed beheaded arrested detained "
                   "rescued trapped".split())  # fmt: skip
# Stems of people one may hold and release ("released the 19 crew members"; not "released 19 new products").
CAPTIVES = frozenset("""crew hostag prison detaine captiv inmat sailor worker tourist passeng migrant fishermen
    journalist soldier member""".split())
PEOPLE = frozenset("people person persons individuals others victims villagers residents inhabitants "
                   "civilians dead".split())  # fmt: skip
# A figure near one of these is a total, not one occasion's: "2,301 career points", "a record of 4,051 yards".
SCOPES = frozenset("career season total overall lifetime cumulative all-time record records".split())
# A move from one value to another, not a range: "fell $1.17 to $42.51", "falling 1.8 percent, from $48,875 to
# $47,978" (but "priced from $125 to $300" is a range).
MOVES = frozenset("""rose rise rises rising fell fall falls falling dropped drop drops dropping increased increasing
    decreased decreasing declined declining climbed climbing slipped slipping gained gaining lost losing jumped
    jumping raised cut grew growing shrank up down reduced reduces lowered lowers slashed boosted trimmed expanded
    halved doubled shrink shrinks reduce""".split())


UNITS = {  # a unit word and the unit it names
    **dict.fromkeys("km kms kilometer kilometers kilometre kilometres".split(), "km"),
    **dict.fromkeys("mile miles mi".split(), "mile"),
    **dict.fromkeys("m meter meters metre metres".split(), "m"),
    **dict.fromkeys("ft feet foot".split(), "ft"),
    **dict.fromkeys("cm centimeter centimeters centimetre centimetres".split(), "cm"),
    **dict.fromkeys("mm millimeter millimeters millimetre millimetres".split(), "mm"),
    **dict.fromkeys("mph kph kmh".split(), "mph") | {"kph": "kph", "kmh": "kph"},  # speeds
    **dict.fromkeys("acre acres".split(), "acre"),
    **dict.fromkeys("hectare hectares".split(), "hectare"),
    **dict.fromkeys("kg kilogram kilograms kilos".split(), "kg"),
    **dict.fromkeys("gram grams gramme grammes".split(), "g"),
    **dict.fromkeys("lb lbs".split(), "lb"),
    **dict.fromkeys("ton tons tonne tonnes".split(), "tonne"),
    **dict.fromkeys("% percent pct pc".split(), "%"),  # "5pc", as British papers write it
    **dict.fromkeys("degree degrees".split(), "degree"),
    **dict.fromkeys("second seconds".split(), "second"),
    **dict.fromkeys("minute minutes".split(), "minute"),
    **dict.fromkeys("hour hours".split(), "hour"),
    **dict.fromkeys("day days".split(), "day"),
    **dict.fromkeys("week weeks".split(), "week"),
    **dict.fromkeys("month months".split(), "month"),
    **dict.fromkeys("year years".split(), "year"), **dict.fromkeys("decade decades".split(), "decade"),
    **dict.fromkeys("dollar dollars usd".split(), "$"),
    **dict.fromkeys("euro euros eur".split(), "euro"),
    **dict.fromkeys("pound pounds gbp".split(), "pound"), **dict.fromkeys("pence penny".split(), "penny"),
    **dict.fromkeys("rand zar".split(), "rand"),
    **dict.fromkeys("krone kroner kronor".split(), "krone"), **dict.fromkeys("rupee rupees".split(), "rupee"),
    **dict.fromkeys("peso pesos".split(), "peso"), "naira": "naira",  # (not yen or francs: exchange rates quoted in
    # them, "the dollar at 118.32 yen" / "the euro at 136.06 yen", are two)
    "magnitude": "magnitude",
    **dict.fromkeys("kw kilowatt kilowatts".split(), "kw"), **dict.fromkeys("mw megawatt megawatts".split(), "mw"),
    **dict.fromkeys("gw gigawatt gigawatts".split(), "gw"),  # power (``units``: "1.2 gigawatts" is 1,200 megawatts)
    **{w: w for w in "kb mb gb tb mhz ghz".split()}, "megapixel": "megapixel", "megapixels": "megapixel",
    "inch": "inch", "inches": "inch",
    **dict.fromkeys("story stories storey storeys".split(), "storey"),  # "a 13-story building"
}  # fmt: skip
# Which length a unit of length measures, from the words near it: a depth, a distance or a size.
LENGTH = frozenset(("km", "mile", "m", "ft", "cm", "mm", "inch", "nmi"))
DEPTH = frozenset("depth deep beneath below underground down".split())
DIRECTION = frozenset("north south east west northeast northwest southeast southwest northern southern eastern "
                      "western from away off outside inland offshore north-east south-east downstream "
                      "upstream".split())  # fmt: skip
SHAPE = frozenset("wide long high tall across".split())

# What is done to a number of people, when no casualty word says it: "carrying 239 people" vs
# "carrying 293 people", "3,000 people were evacuated" vs "5,000 people were evacuated".
PEOPLE_ACTS = {
    **dict.fromkeys("carrying carried carries carry".split(), "aboard"),
    **dict.fromkeys("evacuated evacuating evacuate evacuates".split(), "evacuated"),
    **dict.fromkeys("treated".split(), "injured"),  # "17 people were treated for minor injuries"
    **dict.fromkeys("rescued rescuing rescue rescues saved saving pulled plucked airlifted".split(), "rescued"),
    **dict.fromkeys("employs employing employ employed".split(), "employed"),
    **dict.fromkeys("displaced displacing displace displaces".split(), "displaced"),
    **dict.fromkeys("stranded stranding strands".split(), "stranded"),
    **dict.fromkeys("fled flee flees fleeing".split(), "fled"),
    # a crowd: "100 people attended" vs "1,200 people attended", "10,000 people marched"
    **dict.fromkeys("attended attending gathered gathering marched marching rallied rallying protested protesting "
                    "demonstrated demonstrating joined joining visited lined lining".split(), "crowd"),  # ("lined the
    # streets")
    **dict.fromkeys("sheltering sheltered shelters housing housed houses hosting hosted hosts".split(), "sheltered"),
    **dict.fromkeys("hospitalised hospitalized hospitalising hospitalizing".split(), "hospitalised"),
    **dict.fromkeys("responded responding".split(), "responded"),  # "680,000 people responded to the consultation"
}  # fmt: skip
PEOPLE_ACTS_AFTER = {
    **{w: a for w, a in PEOPLE_ACTS.items() if w.endswith("ed")},
    "aboard": "aboard", "onboard": "aboard",
    **dict.fromkeys("told ordered advised urged asked warned".split(), "told"),  # "35,000 residents were told to boil
    # their water"
}  # fmt: skip

# How someone was killed or hurt, between the victim and the casualty word: "was shot dead".
MANNER = frozenset("shot stabbed gunned beaten hacked burned burnt crushed struck found".split())  # "found dead"
FATALLY = frozenset(("fatally", "mortally"))
# How badly, between the victim and the casualty word: "was seriously injured".
DEGREE = frozenset("fatally mortally seriously critically gravely severely badly slightly lightly moderately".split())
# Casualty words said of the word just before them: "the guard dead", "the pilot died", "the pilot survived".
SAID_OF_VICTIM = frozenset("dead injured wounded missing hurt trapped died dies perished survived survives "
                           "drowned alive escaped".split())
# Words before a counted noun that say how it is known, not what it is: "31 suspected members", "nine confirmed cases".
ALLEGED = frozenset("""alleged suspected presumed purported reputed confirmed reported recorded known documented
    registered""".split())  # fmt: skip
# Nouns counted in a compound after a hyphen: "a 25-date tour", "a ten-episode series", "a 12-member jury".
COUNTED_BY_HYPHEN = frozenset("date episode member seat bed room stop match game show concert".split())
# Words after a count that are no part of what it counts (auxiliaries, "reported", "so far"), and the words that end
# a counted noun phrase.
AUX = frozenset("was were is are be been being has have had will would could may might also reportedly remain remains "
                "remained reported confirmed believed feared now so far later since then initially already still "
                "said say says thought officially found".split())  # fmt: skip
STOP_NOUN = frozenset("""a an the of in at on to from by for with after before as when while during near across
    around and or but nor than that this these those which who whom whose it its their his her our your my
    am pm gmt utc edt est cst pst bst ist wib local th st nd rd times percent per aboard onboard without within
    into onto over under inside outside between among against since until till through via amid despite behind
    beyond beneath above upon out overnight yesterday today tonight along throughout because although though
    unless whereas""".split()) | AUX
