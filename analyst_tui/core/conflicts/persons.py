"""People named by kin or trade, and bodies named by their kind, in groups of words for one of them: another group is
another person or body ("the victim's brother" / "the victim's cousin", "fined the club" / "fined the player")."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import stem

# People named by kin or trade (stems), with the words for one of them grouped: another group is another person.
_PERSON_WORDS = """brother|sister|cousin|father dad|mother mum mom|son|daughter|
    uncle|aunt|nephew|niece|husband|wife|grandfather grandad|grandmother grandma|stepfather|stepmother|boyfriend|
    girlfriend|fiance|fiancee|coach trainer|doctor physician gp|nurse|teacher|headteacher headmaster principal|
    driver|passenger|pilot|guard|lawyer attorney solicitor|neighbour neighbor|landlord|tenant|student pupil|
    referee|goalkeeper|captain|paramedic|firefighter|journalist reporter|priest|manager|cashier|waiter|
    bodyguard|chef|agent|accountant|pharmacist|dentist|vet|caretaker|cleaner|babysitter|nanny|colleague|treasurer|
    chairman chairwoman chair|lifeguard|kayaker|cyclist|jogger|walker|fisherman|farmer|shopkeeper|witness|volunteer|
    soldier|officer constable policeman|bystander|postman postwoman|gunman|mayor|governor|adviser advisor|
    secretary|porter|cook|restorer|whistleblower|auditor|prosecution prosecutor|defence defense|fan supporter|
    player footballer|fox|badger|dog|wolf|bear|shark|crocodile|cousin|flatmate housemate|stepson|stepdaughter|midwife|
    surgeon|carer|plumber|electrician|builder|mechanic|buyer purchaser|seller vendor|visitor tourist|resident|
    customer shopper|spectator|herder|poacher|hunter|ranger|keeper zookeeper|employer|club|bank lender|broker|insurer|
    council|hospital|motorist|contractor developer|councillor councilor|owner proprietor|
    employee staffer worker labourer laborer|school college university|union|charity|museum gallery|library|church|
    foundation|fund|newspaper paper|widow|widower|grandson|granddaughter|family relatives"""  # (and bodies of a kind: "fined the club" / "fined the player")
PERSON_GROUPS = {stem(w): group for group, words in enumerate(_PERSON_WORDS.split("|")) for w in words.split()}
PERSONS = frozenset(PERSON_GROUPS)  # (``exchange``: people named by kin or trade)


__all__ = ["PERSONS", "PERSON_GROUPS"]
