"""People named by kin or trade, and bodies named by their kind, in groups of words for one of them: another group is
another person or body ("the victim's brother" / "the victim's cousin", "fined the club" / "fined the player")."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import stem

# People named by kin or trade (stems), with the words for one of them grouped: another group is another person.
_PERSON_WORDS = """brother|sister|cousin|father dad|mother mum mom|son|daughter|
    uncle|aunt|nephew|niece|husband|wife|grandfather grandad|grandmother grandma|stepfather|stepmother|boyfriend|
    girlfriend|fiance|fiancee|coach trainer|doctor physician gp|nurse|teacher|headteacher headmaster principal|
    driver motorist|passenger|pilot|guard|lawyer attorney solicitor|neighbour neighbor|landlord|tenant|student pupil|
    referee|goalkeeper goalie keeper|captain|paramedic|firefighter|journalist reporter|priest|manager|cashier|waiter|
    bodyguard|chef|agent|accountant|pharmacist|dentist|vet|caretaker|cleaner|babysitter|nanny|colleague|treasurer|
    chairman chairwoman chair|lifeguard|kayaker|cyclist|jogger|walker|fisherman|farmer|shopkeeper|witness|volunteer|
    soldier|officer constable policeman|bystander|postman postwoman|gunman|mayor|governor|adviser advisor aide|rival|
    secretary|porter|cook|restorer|whistleblower|auditor|prosecution prosecutor|defence defense|fan supporter|
    player footballer|fox|badger|dog|wolf|bear|shark|crocodile|cousin|flatmate housemate|stepson|stepdaughter|midwife|
    surgeon|carer|plumber|electrician|builder|mechanic|buyer purchaser|seller vendor|visitor tourist|resident|
    customer shopper|spectator|herder|poacher|hunter|ranger|zookeeper|employer|club|bank lender creditor|broker|insurer|
    council|hospital|contractor developer|councillor councilor|owner proprietor|
    employee staffer worker labourer laborer|school college university|union|charity|museum gallery|library|church|
    foundation|fund|newspaper paper|widow|widower|grandson|granddaughter|family relatives|singer|actor actress|
    musician|author writer novelist|artist painter|comedian|rapper|athlete|boxer|scientist researcher|lecturer|
    architect|engineer|miner|sailor|defender fullback|striker forward|midfielder|winger|
    substitute|director board|shareholder investor|judge magistrate|accomplice|cellmate|parent|hiker rambler|
    climber mountaineer|diver|swimmer|pedestrian"""
# (and bodies of a kind: "fined the club" / "fined the player")
PERSON_GROUPS = {stem(w): group for group, words in enumerate(_PERSON_WORDS.split("|")) for w in words.split()}
PERSONS = frozenset(PERSON_GROUPS)  # (``exchange``: people named by kin or trade)


# Each line one side of a dispute, or one group of people named by what they do (``sides``): its words are one party
# ("the company" / "the employer", "police" / "officers").
_SIDES_TEXT = """union unions
    company firm employer employers management bosses managers
    defendant accused
    victim complainant
    prosecution prosecutors prosecutor crown
    defence defense
    claimant claimants plaintiff plaintiffs
    respondent respondents
    landlord landlords
    tenant tenants
    buyer buyers purchaser
    seller sellers vendor
    government ministers ruling governing
    opposition
    shareholders investors
    board directors
    hospital
    patient patients
    driver
    pedestrian
    cyclist
    home hosts
    visitors away visiting
    army military troops soldiers
    rebels insurgents militants rebel insurgent
    police officers detectives
    protesters demonstrators rioters
    firefighters firemen
    paramedics
    nurses
    doctors
    teachers
    pupils students
    residents neighbours neighbors
    volunteers
    coastguard coastguards
    hackers
    landowner landowners
    council councillors
    legislature legislators lawmakers"""
SIDES = {word: side for side, line in enumerate(_SIDES_TEXT.split("\n")) for word in line.split()}


def side_named(word: str) -> int | None:
    """The side of a dispute a word (lower case) names, or None."""
    return SIDES.get(word)


def as_sides(words: frozenset[str]) -> frozenset[str]:
    """Words (lower case) with each word for a side or a group of people as its group ("police" / "officers")."""
    return frozenset(w if w not in SIDES else f"={SIDES[w]}" for w in words)


__all__ = ["PERSONS", "PERSON_GROUPS", "SIDES", "as_sides", "side_named"]
