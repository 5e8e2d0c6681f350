"""Contradictions between versions of one claim: flagged when they differ, silent when they agree."""

from __future__ import annotations

import pytest

from analyst_tui.core.compare import build_comparison
from analyst_tui.core.conflicts import Version, find_conflicts, pair_conflict
from analyst_tui.core.model import Article, Claim, Sentence

from agreeing_pairs import AGREE
from conflicting_pairs import CONFLICT


def kind_of(a: str, b: str) -> str | None:
    found = pair_conflict(Version.of(a), Version.of(b))
    return found[0] if found else None


def detail_of(a: str, b: str) -> str:
    found = pair_conflict(Version.of(a), Version.of(b))
    assert found is not None, (a, b)
    return f"{found[1]} vs {found[2]}"


@pytest.mark.parametrize("a,b", AGREE)
def test_agreeing_versions_are_not_flagged(a: str, b: str) -> None:
    assert kind_of(a, b) is None
    assert kind_of(b, a) is None


@pytest.mark.parametrize("kind,a,b", CONFLICT)
def test_contradicting_versions_are_flagged_with_their_kind(kind: str, a: str, b: str) -> None:
    assert kind_of(a, b) == kind
    assert kind_of(b, a) == kind


def test_a_version_cut_short_is_compared_without_error() -> None:
    # An article's sentence may end anywhere (a headline, a caption, a clipped lead): every check must read only what
    # is there. Each test version cut after each of its words is compared with the other version both ways.
    checked = 0
    for pair in CONFLICT + AGREE:
        a, b = pair[-2:]
        words = a.split()
        for cut in range(1, len(words)):
            short = " ".join(words[:cut])
            pair_conflict(Version.of(short), Version.of(b))
            pair_conflict(Version.of(b), Version.of(short))
            checked += 1
    assert checked > 10_000


def test_details_say_what_each_version_says() -> None:
    assert detail_of("The temperature hit 40 degrees Celsius.", "It hit 40 degrees Fahrenheit.") == (
        "40 degrees Celsius vs 40 degrees Fahrenheit")
    assert detail_of("The fire broke out on Tuesday.", "The fire broke out Thursday.") == (
        "broke out on Tuesday vs broke out Thursday")
    assert detail_of("Sending troops to Iran is not part of the plan.", "The plan includes sending troops to Iran.") == (
        '"Iran is not part of the plan" vs "The plan includes sending troops to Iran"')
    assert detail_of("Israel has neither confirmed nor denied the strike.", "Israel denied carrying out the strike.") == (
        '"nor denied the strike" vs "Israel denied carrying out the strike"')
    assert detail_of("The bill passed by a vote of 60 to 40.", "The bill passed 61-39.") == "60-40 vs 61-39"
    assert detail_of("Iran denied any involvement in the attack on the tanker.",
                     "Iran was involved in the attack on the tanker, officials said.") == (
        '"denied any involvement in the attack on the tanker" vs "involved in the attack on the tanker"'
    )
    assert detail_of("Turkey shot down a Russian jet near the border.", "Russia shot down a Turkish jet near the border.") == (
        "Turkey shot down a Russian jet vs Russia shot down a Turkish jet"
    )
    assert detail_of("The quake left 24 people dead.", "Magnitude-6.1 quake hits Indonesia; 1 dead") == "24 dead vs 1 dead"
    assert detail_of("killing at least five people and injuring dozens", "injuring at least five people") == (
        "at least 5 dead vs at least 5 injured"
    )
    assert detail_of("The camp holds about 20,000 refugees.", "The camp holds over 24,000 refugees.") == (
        "about 20,000 refugees vs over 24,000 refugees"
    )
    assert detail_of("Greece gets a $141 billion loan.", "Greece gets a $144 billion loan.") == "$141 billion vs $144 billion"
    assert detail_of("The plane was carrying 239 people.", "The plane was carrying 293 people.") == (
        "239 people aboard vs 293 people aboard"
    )
    assert detail_of("Prices rose 5 to 10 percent.", "Prices rose 6 to 12 percent.") == "5-10 percent vs 6-12 percent"
    assert detail_of("Stocks plunged 5.4 per cent.", "Stocks closed down 3.9 percent.") == "5.4 per cent vs 3.9 percent"
    assert detail_of("Jewellery worth £1.7m was stolen.", "Jewellery worth £2.7m was stolen.") == "£1.7m vs £2.7m"
    assert detail_of("Telvo has 4.1 million broadband customers.", "Telvo has 2.5 million broadband customers.") == (
        "4.1 million customers vs 2.5 million customers")  # (4.1 million: a count, not a decimal)
    assert detail_of("The 66-year-old victim died.", "The victim was 76 years old.") == "victim aged 66 vs victim aged 76"
    assert detail_of("He was sentenced to death.", "He was sentenced to life.") == "death sentence vs life sentence"
    assert detail_of("She won a third term.", "She won a second term.") == "3rd term vs 2nd term"
    assert detail_of("The hostage was freed.", "The hostage was killed.") == "hostage freed vs hostage dead"
    assert detail_of("The bridge collapsed at 5 p.m.", "The bridge collapsed at about 8:15 pm.") == (
        "collapsed at 5 p.m. vs collapsed at 8:15 pm"
    )
    assert detail_of("The suspect, 34, was charged.", "The suspect, 43, was charged.") == "suspect aged 34 vs suspect aged 43"
    assert detail_of("Three climbers were rescued.", "Three climbers were killed.") == "3 climbers rescued vs 3 climbers dead"
    assert detail_of("The White House said the report was false.", "The White House confirmed the report.") == (
        "the report was false vs confirmed"
    )
    assert detail_of("The White House called the NBC report \"completely false.\"", "The White House confirmed it.") == (
        "White House called the NBC report completely false vs confirmed"
    )
    polarity = detail_of("Troops in Iran are not part of the plan.", "Troops in Iran are part of the plan.")
    assert '"not part of the plan"' in polarity and polarity.endswith('"are part of the plan"')
    role = detail_of("Sudan accused South Sudan of arming rebels.", "South Sudan accused Sudan of arming rebels.")
    assert role == "Sudan accused South Sudan vs South Sudan accused Sudan"
    # a count changed "from" one number "to" another: what the second counts is what the first does
    assert detail_of("The mine's workforce will be cut from 900 miners to 450 next year.",
                     "Next year the mine's workforce will be cut from 900 miners to 600.") == "450 miners vs 600 miners"
    # "and a half" after the unit is part of the figure
    assert detail_of("The tornado cut a path a mile and a half wide through the town.",
                     "The tornado cut a path a quarter of a mile wide through the town.") == (
        "a mile and a half vs a quarter of a mile")
    # a modal verb between the doer and the act is no part of either ("The club must pay")
    assert detail_of("The club must pay the player £2m, the tribunal ruled.",
                     "The player must pay the club £2m, the tribunal ruled.") == (
        "The club must pay the player vs The player must pay the club")
    # the words shown stop at who said it, and a word that only links the version to the one before is not shown
    assert detail_of("It was the smallest harvest since 1957, a spokesman for the growers said.",
                     "It was the smallest harvest since 1967, a spokesman for the growers said.") == (
        "smallest harvest since 1957 vs smallest harvest since 1967")
    assert detail_of("However, the harvest festival has been postponed because of the floods.",
                     "However, the harvest festival has been cancelled because of the floods.") == (
        "\"been postponed\" vs \"been cancelled\"")


def _claim(*texts: tuple[str, str]) -> Claim:
    members = [Sentence(art, i, 0, len(t), t) for i, (art, t) in enumerate(texts)]
    return Claim(1, members)


def test_find_conflicts_compares_members_of_different_articles_only() -> None:
    same_article = _claim(("A", "Five people were killed."), ("A", "Seven people were killed."))
    across = _claim(("A", "Five people were killed."), ("B", "Five people were killed."), ("C", "Seven people were killed."))
    find_conflicts([same_article, across])
    assert same_article.conflicts == []
    assert [(c.kind, c.members, c.detail) for c in across.conflicts] == [("figure", (0, 2), "5 dead vs 7 dead")]


def test_one_disagreement_is_listed_once_per_claim() -> None:
    claim = _claim(
        ("A", "Indonesia quake: 24 dead."), ("B", "Indonesia quake: 24 dead."),
        ("C", "Indonesia quake: 1 dead."), ("D", "Indonesia quake: 1 dead."),
    )  # fmt: skip
    find_conflicts([claim])
    assert [(c.kind, c.members, c.detail) for c in claim.conflicts] == [("figure", (0, 2), "24 dead vs 1 dead")]


def _article(label: str, text: str) -> Article:
    return Article(label, f"{label.lower()}.txt", f"Outlet {label}", text)


def test_compare_flags_a_linked_contradiction_and_leaves_agreement_alone() -> None:
    a = _article("A", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing 24 people, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
        "Sudan has accused South Sudan of arming rebel groups in the border states."
    ))  # fmt: skip
    b = _article("B", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing one person, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
        "South Sudan has accused Sudan of arming rebel groups in the border states."
    ))  # fmt: skip
    comparison = build_comparison([a, b])
    by_first = {c.members[0].text.split()[0]: c for c in comparison.claims if c.is_shared}
    assert [(k.kind, k.detail) for k in by_first["A"].conflicts] == [("figure", "24 dead vs 1 dead")]
    assert by_first["Rescue"].conflicts == []
    assert [k.kind for k in by_first["Sudan"].conflicts] == ["role"]


def test_a_denial_linked_with_the_report_it_denies_is_flagged() -> None:
    a = _article("A", (
        "The White House denied the report that Trump plans to send ground troops into Iran next month.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    b = _article("B", (
        "Trump plans to send ground troops into Iran next month, NBC News reported on Friday.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    comparison = build_comparison([a, b])
    shared = [c for c in comparison.claims if c.is_shared and "ground troops" in c.members[0].text]
    assert len(shared) == 1 and len(shared[0].members) == 2
    assert [(k.kind, k.detail) for k in shared[0].conflicts] == [
        ("polarity", '"denied the report that Trump plans to send ground troops into Iran next month" vs '
                     '"Trump plans to send ground troops into Iran next month"')]


_DETAILS_SCRIPT = """
from analyst_tui.core.conflicts import Version, pair_conflict
pairs = [
    ("RJR spends an estimated $30 million on NASCAR.", "RJR spends an estimated $75 million on NASCAR."),
    ("About 20,000 refugees are in the camp.", "Roughly 24,000 refugees are in the camp."),
    ("Sudan accused South Sudan and bombed Kordofan.", "South Sudan accused Sudan and bombed Kordofan."),
    ("Profits rose 5% and the board approved the plan.", "Profits fell 5% and the board rejected the plan."),
]
for a, b in pairs:
    print(pair_conflict(Version.of(a), Version.of(b)))
"""


def test_details_are_the_same_in_every_run() -> None:
    """Python orders a set of strings differently in each process: no detail may depend on that order."""
    import os
    import subprocess
    import sys

    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _DETAILS_SCRIPT], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout)
    assert len(seen) == 1, seen
    assert "an estimated $30 million" in seen.pop()


def test_details_show_the_words_as_the_article_wrote_them() -> None:
    role = _claim(("A", "The record label has issued proceedings against the Brit Award-winning singer."),
                  ("B", "The Brit Award-winning singer has issued proceedings against the record label."))
    money = _claim(("A", "Jewellery worth £1.7m was stolen from the shop."), ("B", "Jewellery worth £2.7m was stolen from the shop."))
    titled = _claim(("A", "The bill was introduced by Sen. Maria Lopez, a Texas Democrat."),
                    ("B", "Sen. John Hart, an Ohio Republican, introduced the bill."))
    find_conflicts([role, money, titled])
    assert "Award-winning" in role.conflicts[0].detail and "Award -" not in role.conflicts[0].detail
    assert money.conflicts[0].detail == "£1.7m vs £2.7m"
    assert "Sen. Maria Lopez" in titled.conflicts[0].detail and "Sen. John Hart" in titled.conflicts[0].detail


def test_a_plural_possessive_and_a_word_cut_at_its_hyphen_are_shown_as_written() -> None:
    sale = _claim(("A", "The hospital trust sold the old nurses' home to a housing association for £2.4m."),
                  ("B", "The hospital trust bought the old nurses' home from a housing association for £2.4m."))
    vote = _claim(("A", "The no-confidence motion secured the absolute majority required to bring down the cabinet."),
                  ("B", "The no-confidence motion fell short of the absolute majority required to bring down the cabinet."))
    cut = _claim(("A", "The impeachment motion secured the two-thirds majority needed."),
                 ("B", "The impeachment motion fell short of the two-thirds majority needed."))
    find_conflicts([sale, vote, cut])
    assert sale.conflicts[0].kind == "role"
    assert sale.conflicts[0].detail == (
        "sold the old nurses' home to a housing association vs bought the old nurses' home from a housing association")
    assert vote.conflicts[0].kind == "polarity" and "secured the absolute majority" in vote.conflicts[0].detail
    assert not cut.conflicts[0].detail.endswith("-") and " - " not in cut.conflicts[0].detail


def test_a_name_set_off_by_commas_is_read_past_and_the_detail_shown_as_written() -> None:
    claim = _claim(("A", "Harlow's vice-chancellor wrote to the union's branch secretary, Sam Reid, proposing new talks."),
                   ("B", "The union's branch secretary, Sam Reid, wrote to Harlow's vice-chancellor proposing new talks."))
    find_conflicts([claim])
    assert [k.kind for k in claim.conflicts] == ["role"]
    assert claim.conflicts[0].detail.count("vice-chancellor") == 2 and " - " not in claim.conflicts[0].detail


def test_a_word_written_with_a_hyphen_is_read_as_one_and_shown_as_written() -> None:
    claim = _claim(("A", "The mayor said Ruiz had co-operated fully with the inquiry."),
                   ("B", "Ruiz refused to co-operate with the inquiry, the mayor said."))
    find_conflicts([claim])
    assert [k.kind for k in claim.conflicts] == ["polarity"]
    assert "co-operated" in claim.conflicts[0].detail and "co-operate with the inquiry" in claim.conflicts[0].detail


def test_a_time_taken_is_shown_as_written_with_colons() -> None:
    race = _claim(("A", "Kiprono won the marathon in 2:03:41, the organisers said."),
                  ("B", "Kiprono won the marathon in 2:04:29, the organisers said."))
    short = _claim(("A", "Kiprono won in 2:03:41."), ("B", "Kiprono won in 2:05:41."))
    find_conflicts([race, short])
    assert [(k.kind, k.detail) for k in race.conflicts] == [("figure", "2:03:41 vs 2:04:29")]
    assert [(k.kind, k.detail) for k in short.conflicts] == [("figure", "2:03:41 vs 2:05:41")]


def test_a_share_in_words_is_shown_with_its_bound() -> None:
    assert detail_of("More than 70 per cent of those who died were over 80.",
                     "Fewer than half of those who died were over 80.") == (
        "more than 70% of those who died vs fewer than half of those who died")


def test_two_parties_exchanged_one_named_with_the_in_one_place_only_are_shown_as_written() -> None:
    claim = _claim(("A", "Dozens of Brightway drivers were loaned to the council to clear the backlog."),
                   ("B", "Dozens of council drivers were loaned to Brightway to clear the backlog."))
    find_conflicts([claim])
    assert [(k.kind, k.detail) for k in claim.conflicts] == [(
        "role", "Brightway drivers were loaned to the council vs council drivers were loaned to Brightway")]


def test_who_said_it_named_in_one_version_only_is_read_out_and_the_detail_shown_as_written() -> None:
    """One outlet names its source and the other does not: the two are compared again without it, and what each says
    is shown in its own words (no source in the detail)."""
    claim = _claim(("A", "The blaze at the Carver Street depot was started by a contractor near the fuel store, "
                         "fire investigators said on Tuesday."),
                   ("B", "The blaze at the Carver Street depot was started by an intruder near the fuel store."))
    find_conflicts([claim])
    assert [(k.kind, k.detail) for k in claim.conflicts] == [("role", "by a contractor vs by an intruder")]


def test_a_source_closing_a_quote_is_read_as_who_said_it() -> None:
    """'"...," officials said.' closes what is said as '..., officials said.' does: the source is not what was said."""
    from analyst_tui.core.conflicts.tokens import tokenize, unattributed

    said = [t.low for t in unattributed(tokenize('"The lido will stay closed for the summer," officials said.'))]
    assert "officials" not in said and said[-1] == "." and "lido" in said
    assert [t.low for t in unattributed(tokenize('"The lido will stay closed," he said, "for the summer."'))][-3:] == [
        "summer", ".", '"']  # (a quote that goes on after its source: none closes it)


def test_a_source_set_off_inside_a_version_or_named_with_who_they_are_is_read_as_who_said_it() -> None:
    """"The toll rise, officials said, was approved" reads as "The toll rise was approved, officials said"; "..., said
    Jo Marsh, a council spokeswoman." closes what is said; a source before a clause of its own, or before who it is,
    stays where it is."""
    from analyst_tui.core.conflicts.tokens import as_checked, tokenize, unattributed

    assert as_checked("The toll rise, officials said on Monday, was approved by the board.") == (
        "The toll rise was approved by the board, officials said on Monday.")
    assert as_checked("The gunman, according to police, was shot by an officer.") == (
        "The gunman was shot by an officer, according to police.")
    for kept in ("Hartwell has not suspended redemptions, a spokesman said, and investors can still withdraw their money.",
                 "The ceasefire must hold, he said, adding that aid convoys were waiting at the border.",
                 "The attack was limited to Japan, according to Wolfgang Kandek, chief technology officer of Qualys."):
        assert as_checked(kept) == kept  # (a clause of its own after the source, or who the source is)
    said = [t.low for t in unattributed(tokenize("The lido will stay closed, said Jo Marsh, a council spokeswoman."))]
    assert said == ["the", "lido", "will", "stay", "closed", "."]
    met = [t.low for t in unattributed(tokenize("The mayor met Jo Marsh, a council spokeswoman."))]
    assert "spokeswoman" in met  # (no one said it: who they met, not who said it)


def test_an_aside_is_left_out_for_a_second_reading_but_not_hyphens_set_apart() -> None:
    """A clause between commas opened by "which", words between dashes or in brackets are asides; two hyphens set
    apart ("a 15 - 2 run as top - seeded Creighton", as some wire copy writes them) are not, nor a clause that tells
    what happened."""
    from analyst_tui.core.conflicts.appositions import without_asides

    assert without_asides("The toll rise, which takes effect in May, was approved.") == "The toll rise was approved."
    assert without_asides("Bills in Kelsey \u2014 the highest in the region \u2014 will rise.") == (
        "Bills in Kelsey will rise.")
    assert without_asides("The quake struck 10 kilometres (6.2 miles) deep.") == "The quake struck 10 kilometres deep."
    assert without_asides("He had five points during a pivotal 15 - 2 run as top - seeded Creighton won.") is None
    for told in ("The diver, who went missing on Sunday, was found dead.", "The levy, which passed, was opposed by four."):
        assert without_asides(told) is None  # (a clause that tells what happened may be what the other version says)
