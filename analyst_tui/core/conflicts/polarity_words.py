"""The words polarity reads: negators, confirm and deny words, verbs of opposite outcomes, and the
words that bound a clause or carry no subject.

Vocabulary only, shared by ``polarity``; nothing here reads a sentence.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, stem

NEGATORS = frozenset("not n't never no none nobody nothing neither nor without unless cannot cant dont doesnt didnt "
                     "isnt wasnt arent werent hasnt havent hadnt couldnt wouldnt shouldnt avoided averted".split())
# + "to": "declined to comment", "fails to pass"
IMPLICIT = frozenset("declined declines refused refuses failed fails unable yet".split())
# Verbs whose object is had no longer, or not at all: not a statement that contradicts "without" it.
PRIVATIVE = frozenset("lost lose loses losing lack lacks lacked lacking cut cuts cutting".split())  # "cut power"
DENY = frozenset("denied denies deny denying refuted refutes refute rejected rejects dismissed dismisses".split())
AFFIRM = frozenset("confirmed confirms confirm confirming acknowledged acknowledges admitted admits "
                   "verified verifies".split())  # fmt: skip
# A report called untrue or true: "said the report was false", "dismissed the claims as baseless", "called the
# report fake news" deny it; "said the report was accurate" confirms it (after a linking word only, not "a
# false passport"). ``JUDGED_AFTER`` are the words that make one predicative.
JUDGED_FALSE = frozenset("false untrue inaccurate incorrect baseless groundless unfounded fake fabricated "
                         "wrong nonsense".split())  # fmt: skip
JUDGED_TRUE = frozenset("true accurate correct".split())
JUDGED_AFTER = frozenset("was is were are been be as called branded calling".split())
# Words that negate by their prefix: "the suspect was unarmed" says "was not armed".
PREFIXED = {w: w[2:] for w in "unarmed uninjured unharmed unhurt unsafe unlawful unsuccessful unidentified unfit "
             "unaware unlikely unrelated uncontaminated unaffected unvaccinated uninsured unconfirmed unopposed "
             "unchallenged unpaid unstable unavailable unlawfully unsuccessfully unsuitable unacceptable unfair "
             "unsustainable unjustified unwilling unsound unreliable unhealthy unprofitable unlicensed unregistered "
             "unauthorised unauthorized unofficial uninhabitable unqualified".split()} | {"unable": "able"} | {
    w: w[2:] for w in "ineffective inaccurate incomplete inactive inadmissible indirect ineligible insolvent"
    .split()} | {
    "improper": "proper", "improperly": "properly", "disallowed": "allowed"} | {
    "illegal": "legal", "illegally": "legally", "invalid": "valid", "unconstitutional": "constitutional", "unconscious": "conscious"}
# Verbs that state opposite outcomes: every form of each side, by concept.
OPPOSITE_FORMS = {
    "approval": ("approve approves approved approving sign signs signed signing cleared ratified ratifies ratify "
                 "backed backs endorsed endorses permitted allowed supported supports support voted passed passes "
                 "light ahead proceed certified certifies certify "
                 "adopted adopts recommended recommends",  # "voted through"; "gave the green light to";
                 # "the merger can go ahead",
                 # "could proceed" (only after "can", "could" or "may")
                 "reject rejects rejected rejecting veto vetoes vetoed vetoing block blocks blocked blocking voted "
                 "opposes opposed oppose threw throws thrown refused refuses withheld withholds turned turns against "
                 "defeated"),  # ("the bill was defeated": only after a form of "be")
    # ("threw out the motion", "withheld approval", "turned down the application")
    # "dogs will be allowed on the beach" / "will be banned from the beach"
    # ("would ban", after "will" or "would" only: ``outcome_said``)
    "permission": ("allowed permitted allow allows",
                   "banned barred prohibited ban bans prohibit prohibits forbid forbids forbade outlaw outlaws "
                   "outlawed"),
    # "welcomed the outcome of the election" / "condemned the result of the election" (of one thing by one party)
    "reaction": ("welcomed welcomes praised hailed applauded", "condemned condemns denounced deplored"),
    "acceptance": ("accept accepts accepted accepting", "reject rejects rejected rejecting declined turned turn turns "
                   "turning voted refused refuses"),  # an invitation; "turn down the donation"
    "direction": ("rise rises rose risen rising increase increases increased increasing gain gains gained gaining "
                  "jump jumps jumped jumping climb climbs climbed climbing rally rallies rallied surge surges surged "
                  "surging soar soars soared soaring grew grow grows growing grown expanded expands doubled tripled "
                  "trebled quadrupled up higher",  # followed by a figure ("up" only as "were up 3%", "closed up $1.75", "closed higher")
                  "fall falls fell fallen falling decrease decreases decreased decreasing drop drops dropped dropping "
                  "decline declines declined declining lose loses lost losing slump slumps slumped slumping plunge "
                  "plunges plunged plunging tumble tumbles tumbled tumbling slide slides slid sliding plummet "
                  "plummets plummeted shed sheds shedding contracted contracts shrank shrinks shrunk shrinking slipped slips dipped dips "
                  "halved down lower"),
    # "retained her title" / "lost her title"; "survived a no-confidence vote" / "was ousted in it"
    "outcome": ("win wins won winning survive survives survived retain retains retained retaining elected keep kept keeps "
                "held holds victory",  # "voted out"; "held the seat"; "ended in victory"
                "lose loses lost losing ousted toppled out beaten defeated short disqualified surrendered relinquished "
                "replaced stripped defeat"),  # ("beaten" in the passive only;
    # "fell short of a majority")
    # "would keep its policy of negative rates" / "would end it" (only before a policy, a scheme, a subsidy, ...)
    "policy": ("keep keeps kept keeping maintain maintains maintained retain retains retained extend extends extended",
               "end ends ended ending scrap scraps scrapped abandon abandons abandoned abolish abolishes abolished"),
    # "guilty" only after "found" ("found him guilty"); "struck" only before "down" ("struck down the ban")
    "verdict": ("convict convicts convicted convicting guilty jailed imprisoned fined negligent liable culpable blamed",
                "acquit acquits acquitted acquitting cleared"),
    # not "failed to": a negation; "defeated" only in the passive ("the bill was defeated")
    "success": ("pass passes passed succeed succeeds succeeded", "fail fails failed defeated rejected voted blocked"),
    # "the referee allowed the goal to stand" / "the goal was ruled out", "chalked off"
    "goal_stands": ("stand stands stood", "disallowed ruled chalked"),
    # "Moody's upgraded the bank" / "Moody's downgraded the bank"
    "grade": ("upgrade upgrades upgraded upgrading", "downgrade downgrades downgraded downgrading"),
    # "the defender was absent from training" / "was present at training"
    "presence": ("present attend attends attended attending", "absent"),  # ("will attend" / "will be absent from")
    # "the variety is resistant to stem rust" / "proved vulnerable to stem rust"
    "resistance": ("resistant immune", "vulnerable susceptible"),
    # "the mine complied with the rules" / "the mine breached the rules"
    "compliance": ("complied comply complies complying", "breached breach breaches breaching violated violates "
                   "violating flouted flouts"),
    # "the spider is venomous to humans" / "is harmless to humans"
    "danger": ("venomous poisonous dangerous toxic hazardous", "harmless"),
    # "has been included in the squad" / "was left out of the squad" ("left" only before "out", "dropped" only before
    # "from")
    "inclusion": ("included includes named covered",
                  "excluded excludes omitted left dropped exempt exempted"),  # ("named in the
    # squad", "covered by the scheme")
    # "Scotland qualified for the World Cup" / "missed out on qualification" ("missed" only before "out")
    "qualification": ("qualified qualifies qualify qualifying", "missed"),
    # "the storm strengthened" / "the storm weakened", "the yen strengthened" / "weakened"
    "strength": ("strengthen strengthens strengthened strengthening intensify intensifies intensified intensifying",
                 "weaken weakens weakened weakening eased eases easing"),
    # "inflation accelerated" / "inflation slowed" (only of what is measured: ``outcome_words.MEASURED``)
    "pace": ("accelerated accelerates quickened", "slowed slows decelerated eased eases"),
    # "air quality improved" / "air quality worsened"
    "quality": ("improve improves improved improving", "worsen worsens worsened worsening deteriorated deteriorating"),
    # "was above the 1981-2010 average" / "was below the average", "higher than forecast" (only before an average, a
    # norm or a forecast)
    "norm": ("above higher", "below lower"),
    # "June was warmer than average" / "cooler than average", "wetter" / "drier" (only before a norm, as "norm")
    "warmth": ("warmer hotter milder", "cooler colder"),
    "wetness": ("wetter", "drier dryer"),
    "consent": ("agree agrees agreed agreeing", "refuse refuses refused refusing reject rejects rejected rejecting"),
    # ("set aside the order": ``outcome_words.PARTICLE_OF``)
    "appeal": ("uphold upholds upheld upholding", "overturn overturns overturned overturning struck strikes quash "
               "nullified nullifies annulled annuls rescinded quashes quashed aside"),
    # "was granted bail" / "was denied bail" (only before a thing granted: bail, parole, asylum, ...)
    "grant": ("grant grants granted granting given gives allowed received receives",
              "denied denies deny denying refused refuses rejected rejects rejecting"),  # ("granted the request" / "the request was rejected")
    # "the missile hit the target" / "missed the target", "beat expectations" / "missed expectations"
    # ("fell short of forecasts"; "broke" only before a record: "broke the world record")
    "aim": ("hit hits beat beats topped exceeded met meets meet made makes broke breaks secured", "miss misses missed short"),
    # "raised interest rates" / "cut interest rates" (with the same thing raised: ``same_context``)
    "level": ("raise raises raised raising hike hikes hiked hiking lift lifts lifted lifting increase increases increased increasing",
              "cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing decrease decreases decreased decreasing"),
    # "left interest rates unchanged" / "cut interest rates" or "raised interest rates" (only of rates)
    "rates_held": ("unchanged frozen freeze freezes held holds kept keeps", "cut cuts raise raised raises hiked hikes "
                   "lowered lowers lifted "
                   "rise rose increase increased"),
    # "inspectors rated the school outstanding" / "the school was rated inadequate" (only after "rated")
    "rating": ("outstanding good excellent", "inadequate poor failing unsatisfactory"),
    # "the deal was completed" / "the deal fell through" ("through" only after a form of "fall")
    "deal": ("complete completes completed finalise finalised finalize finalized seal sealed",
             "through collapsed abandoned abandons terminated off"),  # ("abandoned its planned takeover", "called off
    # their planned merger")
    # "took part in the talks" ("part" only after a form of "take") / "boycotted the talks"
    "attendance": ("attend attends attended attending participate participates participated participating part "
                   "compete competes competed competing",  # ("will compete at" / "will skip the championships")
                   "skip skips skipped skipping boycott boycotts boycotted away"),
    # "demand hit a record high" / "fell to a record low" (after "record" or "all-time")
    "extreme": ("high highs", "low lows"),
    # "turnout was high" / "low turnout", "Turnout high as Kelby elects new mayor" (only beside what is measured:
    # ``concept_places``)
    "amount": ("high", "low"),
    # "tested positive" / "tested negative" (after "tested", "came back", "proved")
    "test": ("positive", "negative"),
    # "the protests remained peaceful" / "the protests turned violent"
    "calm": ("peaceful peacefully", "violent violently"),
    # "voted in favour of the bill" / "voted against the bill"
    "vote": ("favour favor to for", "against down"),  # "to", "for" and "down" only after "voted"; "to" before what was
    # voted for
    # "the strike ended" / "the strike continued" (not "shares ended up 3%")
    "continuation": ("continue continues continued continuing extended extends escalated escalates intensified "
                     "running flowing",  # ("kept running", "kept crude flowing": ``outcome_words.on_schedule``)
                     "end ends ended halted halts dropped"),  # ("the strike escalated" / "ended their walkout"; "halted
    # work at its pits" / "work at its pits would continue"; "dropped" only in the passive: "the inquiry was dropped")
    # "the central bank bought 20 tonnes of gold" / "sold 20 tonnes of gold" (by one party: not a trade told from each
    # side, "X sold its stake to Y" / "Y bought X's stake")
    "trade": ("bought buys purchased purchases", "sold sells"),  # ("the strike
    # was extended" / "ended their strike")
    # "services resumed" / "services remained suspended"
    "resumption": ("resume resumes resumed resuming restart restarts restarted", "suspended halted shut ceased ceases"),
    # "went on to finish the swim" / "abandoned the swim", "counting was completed" / "counting was suspended"
    "completion": ("finish finished completed", "abandoned abandon suspended"),
    # "reinstated the lecturer" / "dismissed the lecturer"
    "reinstatement": ("reinstated reinstates reinstate", "dismissed dismisses sacked fired expelled"),
    # "the vote went ahead" / "the vote was postponed" ("ahead" only after a form of "go")
    # "the strike is still on" ("on" only after "still")
    # "began as scheduled" ("scheduled" only after "as") / "was diverted", "the launch was scrubbed"
    "schedule": ("proceed proceeds proceeded ahead on scheduled normal normally",
                 "postpone postpones postponed cancel cancels cancelled canceled scrap scraps scrapped off diverted "
                 "scrubbed abandoned abandon abandons suspended halted"),  # "the match was abandoned"  # "off" only after a form of "call": "the strike was called off"
    # "the embassy will remain open" / "the embassy will close" ("open" only after "remain", "stay" or "kept";
    # not "shares closed up 3%", a day's trading)
    "opening": ("open opened opens reopen reopens reopened reopening", "close closes closed closing shut shuts"),
    # "the suspect is in custody" / "the suspect remains at large" ("custody" only after "in" or "into", "large"
    # only after "at"; not "released from custody")
    # "was captured on Friday" / "is still on the run" ("run" only after "on the")
    "custody": ("custody arrested detained captured apprehended", "large run"),
    # "the hostages were freed" / "remain in captivity", "are still being held" ("held", "holding" only after
    # "still" or "still being"; "freed", "released" only of hostages or captives)
    "captivity": ("freed released", "captivity captive held holding"),
    # "the ceasefire is holding" / "the ceasefire has collapsed" ("hold" only at the end of its clause: not "held
    # talks", "holding hostages")
    # "the bridge remained standing" / "the bridge collapsed" ("standing" only after "remained", "stayed")
    # "the flood defences held overnight" / "the flood defences failed overnight" ("failed" only after a truce or a
    # defence)
    # "the ceasefire was respected" / "was violated" (only of a truce, named within a few words)
    "truce": ("hold holds held holding standing respected observed",
              "collapse collapses collapsed collapsing burst bursts breached failed fails violated violates"),
    # "the plane landed safely" / "the plane crashed"; "the boat reached Lampedusa safely" / "capsized"
    "landing": ("safely successfully landing", "crash crashes crashed crashing capsized capsizes"),  # "an emergency
    # landing", "touched down successfully"
    # "the fire was contained" / "the fire is still spreading"
    # ("control" only in "under control" and "out of control")
    "containment": ("contained extinguished control", "spreading spread raging control burning"),
    "launch": ("orbit", "exploded explodes"),
    # "imposed a curfew" / "lifted the curfew" (only before a restriction: curfew, ban, sanctions, ...)
    # "remain in place", "kept the cap"
    "restriction": ("impose imposes imposed imposing tightened tightens tighten place force effect keep keeps kept maintain "
                    "maintained extended extends upheld uphold upholds banned bans",  # ("upheld the ban" / "the ban
                    # was lifted")
                    "lift lifts lifted lifting eased eases ease loosened loosens"),
    # "swung to a net loss" / "made a net profit" (only after "net", "a", "pre-tax", ...)
    "earnings": ("profit profits black", "loss losses red"),  # "returned to profit" / "remained in the red"
    # "Ajax beat PSV" / "Ajax and PSV drew" (``outcome_words.drawn``: "drew 1-1", "drew their match", "ended in a draw")
    "draw": ("beat won", "drew draw drawn"),
    "rank": ("promote promotes promoted promoting", "demote demotes demoted demoting"),
    # "the chief executive resigned" / "the board fired the chief executive"
    "departure": ("resign resigns resigned resigning", "fire fires fired sack sacks sacked dismiss dismisses dismissed"),
    # "the strike was extended" / "called off the strike" ("extended" only before or after a strike, a walkout, ...)
    "stoppage": ("extend extends extended extending walked", "off suspend suspends suspended"),  # "walked out"
    "qualifying": ("qualified qualifies", "eliminated"),  # "qualified for the final" / "was eliminated"  # "the rocket reached orbit" / "the rocket exploded"
    "sinking": ("sank sunk", "afloat towed"),  # "the tanker sank" / "remained afloat", "was towed into port"
    # "a court froze the assets" / "a court unfroze the assets" (of assets, accounts or funds only)
    "freeze": ("froze freezes freeze", "unfroze unfreezes unfreeze unfrozen"),
    # "sailed back to port under its own power" / "was towed back to port" (the first only before "own power")
    "propulsion": ("sailed sails steamed limped motored", "towed"),
    # "arrested a man" / "questioned a man as a witness"
    "questioning": ("arrest arrests arrested arresting", "questioned interviewed"),
    # "residents were ordered to leave" / "were told to stay in their homes" (after "ordered to", "told to", ...)
    "evacuation": ("leave evacuate evacuated", "stay"),  # (or "were evacuated")
    "seizure": ("seize seizes seized seizing", "release releases released releasing"),
    "demolition": ("demolish demolishes demolished", "restore restores restored renovated renovates refurbished"),
    "damage": ("destroyed", "damaged"),  # "the factory was destroyed" / "was only lightly damaged"
    # "the patient has been discharged" / "died", "remains in intensive care", "is in critical condition"
    # "in a stable condition"; "admitted to hospital"; "remains in hospital"
    "discharge": ("discharged stable left released", "died intensive critical admitted hospital"),
    # "the Court of Appeal allowed his appeal" / "dismissed his appeal" (only before "appeal")
    # (or a challenge, a complaint: "Ofcom upheld complaints about the coverage" / "rejected complaints")
    "appeal_heard": ("allowed allows upheld upholds successful succeeded", "dismissed dismisses rejected rejects "
                     "unsuccessful failed"),
    # "tests showed the scales were genuine" / "were fake" (only after a form of "be")
    "authentic": ("genuine authentic", "fake fakes counterfeit forged forgeries forgery"),
    # "tickets sold out" / "tickets are still available" ("out" only after "sold")
    "availability": ("available", "out"),
    # "has entered a recession" / "has avoided a recession", "were relegated" / "avoided relegation"
    "downfall": ("entered relegated", "avoided escaped survived"),
    # "will merge as equals", "a merger of equals" / "will take over its smaller rival" (only so)
    "merger": ("equals", "takeover over acquire acquired acquires buy buys bought"),
    # "masks will be mandatory" / "will remain optional" (only after a form of "be" or "remain")
    "obligation": ("mandatory compulsory obligatory", "optional voluntary"),
    # "the hearing will be held in public" / "behind closed doors", "in private"
    "publicity": ("public", "closed private"),
    # "recorded a trade surplus" / "ran a trade deficit" (only after a word of trade or a budget)
    "balance": ("surplus surpluses", "deficit deficits"),
    # "is ahead of schedule" / "is running behind schedule"
    "schedule_pace": ("ahead", "behind"),
    # "was leading the field when he fell" / "was trailing the field" (only after a form of "be")
    "position": ("leading", "trailing"),
    # "the captain is fit to start" / "has been ruled out of the match" (after a form of "be")
    "fitness": ("fit available start", "unfit ruled sidelined miss misses"),  # ("will start Sunday's Grand Prix",
    # "will miss the final")
    # "the fire was an accident" / "was started deliberately", "an arson attack"
    "intent": ("accident accidental accidentally", "deliberate deliberately intentional intentionally arson"),
    # "the crop was larger than last year's" / "smaller than last year's" (only before "than", and not before a
    # number: "more than 20" / "fewer than 30" may both be true)
    "more_size": ("larger bigger greater", "smaller"),
    "more_count": ("more", "fewer less"),
    "more_length": ("longer", "shorter"),
    "more_strength": ("stronger", "weaker"),
    "more_quality": ("better", "worse"),
    "more_timing": ("earlier sooner", "later"),
    "more_age": ("older", "younger"),
    "more_speed": ("faster quicker", "slower"),
    # "described staffing levels as adequate" / "as inadequate" (only after a form of "be" or "as"; "rated
    # inadequate" is a rating)
    "adequacy": ("adequate sufficient", "inadequate insufficient"),
    # "the project came in under budget" / "came in over budget" (only before "budget")
    "budget": ("under", "over"),
    # "the referee was right to award the penalty" / "was wrong to award it" (only after a form of "be")
    "judgement": ("right correct justified", "wrong incorrect mistaken unjustified"),
    # "E. coli levels exceeded the permitted limit" / "were within the permitted limit" (only before a limit)
    "limit": ("exceeded exceeds exceed exceeding breached breaches", "within"),
    # "the court said it had jurisdiction" / "lacked jurisdiction" (only before what is had: ``outcome_words.HAD``)
    "having": ("had has have", "lacked lacks lack"),
    # "was remanded in custody until sentencing" / "was granted bail until sentencing"
    "remand": ("remanded", "bail bailed"),
    # "pleaded guilty to stalking" / "denied stalking" ("guilty" only after "pleaded" or "admitted")
    "plea": ("guilty", "denied denies"),
    # "broke the age record" / "equalled the age record" (only before "record")
    "record": ("broke breaks smashed smashes", "equalled equaled equals matched matches"),
    # "the permit was renewed" / "revoked the permit" (only of a licence, a permit, a visa, ...)
    "licence": ("renewed renews", "revoked revokes"),
}
# "up" and "down" state a direction only after these ("shares were up 3%", "closed down 11 cents"), not in
# "shot down 2 jets" or "up to 10 people".
MOVED = frozenset("was were is are be been closed ended finished opened traded trading stood edged moved ticked crept inched "
                  "went"
                  .split())
NOT_OUTCOME_AFTER = frozenset("to away by on over".split())
GO_FORMS = frozenset("go goes going gone went".split())  # before "ahead": "went ahead" proceeds
CALL_FORMS = frozenset("call calls calling called".split())  # before "off": "called off" cancels
STAY_FORMS = frozenset("remain remains remained remaining stay stays stayed staying kept keep keeps".split())  # after "passed" / "failed": not the outcome
# Words before a gerund that negate it: "held off raising rates", "refrained from commenting", "rules out extending".
GERUND_NEGATORS = frozenset((("held", "off"), ("holds", "off"), ("refrained", "from"), ("refrains", "from"),
                              ("decided", "against"), ("decides", "against"), ("opted", "against"), ("voted", "against"),
                              ("suspended", "from"), ("barred", "from"), ("banned", "from"), ("prevented", "from"),
                              ("ruled", "out"), ("rules", "out"), ("rule", "out"), ("recommended", "against"),
                              ("recommends", "against"), ("advised", "against"), ("advises", "against"),
                              ("short", "of")))  # "rules out extending the freeze", "stopped short of ordering"
STOPPED = frozenset("stop stopped stops cease ceased ceases quit quits".split())
MODAL = frozenset("will would shall must".split())  # "will stop calling"; not "to stop fighting", a purpose  # "stopped buying lamb": buys no longer
# Words that may stand between "declined" and "to": "again declined on Tuesday to ratify the bid".
BEFORE_TO = frozenset("""on again once also yesterday today tonight monday tuesday wednesday thursday friday saturday
    sunday""".split())
# ("has not ruled out sending troops" negates the ruling out, read as a negated "ruled")
BEFORE_GERUND = frozenset(second for _, second in GERUND_NEGATORS) - {"of"} | {"short"}  # (what a sentence needs)
OPPOSITE: dict[str, list[tuple[str, int]]] = {}
for _concept, _sides in OPPOSITE_FORMS.items():
    for _side, _forms in enumerate(_sides):
        for _form in _forms.split():
            OPPOSITE.setdefault(_form, []).append((_concept, _side))
# "on" is read only after "still", so "still" is the trigger ("on" is in nearly every sentence).
TRIGGERS = (NEGATORS | IMPLICIT | DENY | AFFIRM | (frozenset(OPPOSITE) - {"on", "to", "part"}) | {"still"}
            | JUDGED_FALSE | JUDGED_TRUE | frozenset(PREFIXED)
            | frozenset("refrained refrains".split()) | STOPPED)  # "refrained from commenting", "would stop
# subsidising"
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                        "dozen dozens hundred hundreds many".split())
SCOPE_END = frozenset("but although though while whereas because however unless except".split())
SOURCES = frozenset("reports officials witnesses sources analysts observers residents experts".split())  # (sources
# that say what they tell of, not parties to it: "Officials said the opposition won")
SKIP = frozenset("""be been being is are was were am have has had do does did to a an the any yet ever even also
    immediately previously currently necessarily really just always so too very much quite actually officially
    publicly formally directly likely one longer single such thing things in on at of for with his her
    their its our my your this that these those going further additional""".split())
WEAK_HEADS = frozenset(stem(w) for w in "say said tell told know knew think thought want get go come see "
                       "one immediate only".split())  # fmt: skip
# Words that carry no subject or object: left out of the context comparison.
FILLER = SKIP | CLAUSE_WORDS | frozenset("""a an the and or said says say told tell by from as after before
    about over into than also would could will may might should must can reportedly anyone anything anybody
    anywhere""".split()) | NEGATORS
PRONOUNS = frozenset("i we you he she it they him her us them".split())

# Verbs whose "not to" is an instruction or a wish, not a fact: "were told not to return home".
DIRECTED = frozenset("""told tell tells telling urged urge urges asked ask asks warned warn warns ordered order
    orders advised advise advises instructed encouraged decided chose agreed promised vowed""".split())
# Verbs before "to" that make what follows a prospect, not an outcome: "is expected to sign the bill".
PROSPECT = frozenset("""expected likely set due plans planned plan planning wants wanted hopes hoped intends intended
    aims aimed going able unable promised vowed threatened urged asked called pledged seeks sought""".split())

# What a denial may deny before "that": "denied that", "denied the report that", "dismissed NBC's claims that".
DENIED_THINGS = frozenset("""the a an any all 's report reports reporting claim claims allegation allegations
    suggestion suggestions idea notion rumour rumours rumor rumors accusation accusations story stories
    speculation account accounts""".split())

# What may come between a denial and the thing it denies ("denied any plan").
DENIED_DETERMINERS = frozenset("any all a an the its their his her such".split())

# Things a denial refuses rather than calls untrue ("denied bail", "denied an offer").
REFUSED = frozenset("""offer offers request requests bail parole entry access visa visas permission motion motions
    appeal appeals application applications petition petitions bid bids plea pleas""".split())

# A word after these is not asserted ("the affected areas", "to return"), nor one after a doubt word.
NOT_ASSERTED_BEFORE = frozenset("the a an to her his its their our my your about".split())  # "talks about returning"
DOUBT = DENY | frozenset("discounted rumors rumours allegations alleged claims speculation denial if whether".split())
# Degree words: "did not cause major damage" denies the degree, not the damage ("caused minor damage").
DEGREE = frozenset(stem(w) for w in """major serious significant extensive widespread substantial severe heavy
    considerable much big large great huge massive""".split())


# Verbs that say one act in other words: a version that negates one of them contradicts one that states another
# ("would not be dismissed" / "had been sacked", "refused to step down" / "would resign", "was unable to stay open" /
# "remained open"). Word stems, as ``tokens.stem`` gives them.
_SAME_ACTS = ("resign quit step", "sack fire dismiss oust axe", "arrest detain", "stay remain", "kill slay slain",
              "die death fatal", "injur hurt wound harm", "free freed releas", "let allow permit approv clear",
              "find found recov locat detect",
              "ban prohibit outlaw", "cancel scrap", "close shut", "confirm verifi ratifi",
              "admit acknowledg confess", "includ featur", "lower reduc cut", "award give grant", "seek stand run",
              "link connect tie associ correl", "appeal challeng contest", "awar know", "support back endors",
              "help assist aid", "plan intend",
              "rais increas hike boost", "extend prolong renew", "collid collis", "visit travel attend",
              "suspend halt", "compromis steal access", "finish complet", "fasten wear", "affect hit",
              "ahead place", "reach make", "buy purchas", "resum restart", "charg indict",
              "surviv survivor", "spare protect shield", "sound trigger")  # ("will take place" / "will not go ahead"; "did not make
# it to the summit")
SAME_ACT = {w: tuple(x for x in family.split() if x != w) for family in _SAME_ACTS for w in family.split()}

