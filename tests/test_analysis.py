"""The analysis stage on the seeds and on small texts: attributions, word differences, origins,
suggestions, disagreements and Admiralty grades."""

from __future__ import annotations

import json
import os
import stat

import pytest

from analyst_tui.core.analysis import analyse
from analyst_tui.core.analysis.attribution import attribute, suggest_speaker
from analyst_tui.core.analysis.cues import find_cues
from analyst_tui.core.analysis.differences import mark_kind, marked
from analyst_tui.core.analysis.grading import SourceGrades, claim_grade, credibility
from analyst_tui.core.analysis.origins import origins_line
from analyst_tui.core.compare import sentences_of
from analyst_tui.core.conflicts import find_conflicts
from analyst_tui.core.model import Article
from analyst_tui.core.report import to_dict, to_markdown, to_table

from app_support import claim_with, hand_comparison, seed_comparison


def _attribution_of(comp, text):
    for sentences in comp.sentences.values():
        for s in sentences:
            if text in s.text:
                return s, comp.attributions.get(s.key)
    raise AssertionError(text)


# --- attribution ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker, outlet, phrase",
    [
        ("Trump has not made any final decisions", "officials", "NBC News", "officials told NBC News"),
        ("per the Pentagon", "Pentagon", None, "per the Pentagon"),
        ("according to a Friday report from NBC News", None, "NBC News", "according to a Friday report from NBC News"),
        ("not part of the plan", "White House", "PBS", "per PBS"),
        ("Trump told the New York Post in an interview", "Trump", "New York Post", "Trump told the New York Post"),
        ("he told the New York Post earlier", "Trump", "New York Post", "he told the New York Post"),
        ("This story is based on assumptions", "Karoline Leavitt (White House Press Secretary)", "NBC News", "Leavitt said"),
        ("Six U.S. service members have so far", "Pentagon", None, "according to the Pentagon"),
    ],
)
def test_seed_sentences_are_attributed(sentence, speaker, outlet, phrase):
    comp = seed_comparison()
    s, att = _attribution_of(comp, sentence)
    assert att is not None
    assert (att.speaker, att.outlet) == (speaker, outlet)
    assert phrase in comp.article(s.article).text[att.start : att.end]


def test_sentences_that_credit_nobody_have_no_attribution():
    comp = seed_comparison()
    for text in ("The war with Iran could be on the brink", "Publicly, Trump has kept the option open"):
        assert _attribution_of(comp, text)[1] is None


def test_a_bare_quote_continues_the_previous_speaker_and_he_said_is_the_person_last_quoted():
    text = (
        "Interior Minister Jane Roe told Reuters the border was closed. "
        "“Nobody will cross it tonight.” "
        "Trade fell by half in a week. "
        "Roe said the decision was final. "
        "“We have prepared for every scenario,” she said."
    )
    art = Article("A", "a.txt", "Daily", text)
    sents = sentences_of(art)
    att = attribute(sents)
    first, quote, plain, again, pronoun = (att.get(s.key) for s in sents)
    assert first.speaker == "Jane Roe (Interior Minister)" and first.outlet == "Reuters"
    assert (quote.speaker, quote.outlet) == (first.speaker, "Reuters")
    assert plain is None
    assert again.speaker == "Jane Roe (Interior Minister)"  # the surname is the person named before
    assert pronoun.speaker == "Jane Roe (Interior Minister)"


@pytest.mark.parametrize(
    "text, speaker, outlet",
    [
        ("The governor of Unity State, Taban Deng, said Mr Bashir should be held responsible.", "Taban Deng (The governor of Unity State)", None),
        ("The BBC's Frances Harrison in Tehran says children suffered broken legs.", "Frances Harrison", "BBC"),
        ("The quake was felt in the neighbouring Gulf states of Oman and the UAE.", None, None),
        ("The epicenter was 34 miles west of Bireun, according to the U. S. Geological Survey.", "U. S. Geological Survey", None),
        ("Airport chief Ali Naghavi was quoted by IRNA as saying that flights resumed.", "Ali Naghavi (Airport chief)", "IRNA"),
        ("Another official, an ally of the late Ayatollah Ali Khameini, adds that forces are ready.", None, None),
        ("Around 40 houses were damaged, said disaster agency official Fauzi.", "Fauzi (Disaster agency official)", None),
        ("“Nothing was implemented,” said Mr. Atti, the government spokesman.", "Mr. Atti", None),
        ("In Suka Makmur village a landslide killed one man, said the official who uses one name.", "official", None),
    ],
)
def test_attribution_of_single_sentences(text, speaker, outlet):
    art = Article("A", "a.txt", "Daily", text)
    att = attribute(sentences_of(art)).get(("A", 0))
    if speaker is None and outlet is None:
        assert att is None or att.speaker is None or "Khameini" not in att.speaker and att.speaker != "Gulf"
    else:
        assert att is not None and (att.speaker, att.outlet) == (speaker, outlet)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Moody's downgraded the city's rating on Tuesday, citing its unfunded pension liabilities.", None),
        ("Second seed Lena Vogt withdrew from the tournament, citing a wrist injury.", None),
        ("Oil prices rose on Friday, citing sources familiar with the talks.", "sources"),
        ("The toll rose to 40, the agency said, citing local officials.", "local officials"),
        ("Prices fell sharply in March, citing the Health Ministry.", "Health Ministry"),
    ],
)
def test_citing_credits_a_source_not_a_reason(text, speaker):
    att = attribute(sentences_of(Article("A", "a.txt", "Daily", text))).get(("A", 0))
    assert (att.speaker if att else None) == speaker


def test_he_said_is_not_a_place_that_opens_the_sentence_before():
    text = "In Suka Makmur village a landslide killed one man. “His body was found,” he said."
    sents = sentences_of(Article("A", "a.txt", "Daily", text))
    assert attribute(sents).get(("A", 1)) is None  # nobody to resolve "he" to: no guess
    text = "Publicly, Trump has kept the option open. “I don't need them,” he said."
    sents = sentences_of(Article("A", "a.txt", "Daily", text))
    assert attribute(sents)[("A", 1)].speaker == "Trump"


def test_speaker_guess_for_the_attribution_dialog():
    assert suggest_speaker("White House press secretary Karoline Leavitt told NBC its report was wrong.") == (
        "Karoline Leavitt (White House press secretary)"
    )
    assert suggest_speaker("“It is false,” said Ann Smith.") == "Ann Smith"
    assert suggest_speaker("The White House did not immediately respond.") == "White House"
    assert suggest_speaker("It rained all day.") is None


# --- word differences ---------------------------------------------------------------------------


def _words(comp, claim, member):
    text = comp.article(member.article).text
    return [text[s:e] for s, e in claim.differs.get(member.key, [])]


def test_words_one_version_lacks_are_marked_with_their_kind():
    comp = analyse(hand_comparison(
        [("Daily", ["Six people were killed in Boston on Monday, police said."]),
         ("Herald", ["Police said seven people were probably killed in Boston."])],
        [[(0, 0), (1, 0)]],
    ))
    claim = comp.claims[0]
    a, b = claim.members
    assert _words(comp, claim, a) == ["Six", "Monday"]
    assert _words(comp, claim, b) == ["seven", "probably"]
    text_b = comp.article("B").text
    kinds = [mark_kind(text_b, s, e) for s, e in claim.differs[b.key]]
    assert kinds == ["number", "hedge"]
    assert mark_kind(comp.article("A").text, *claim.differs[a.key][1]) == "name"


def test_variants_and_word_forms_are_not_differences():
    comp = analyse(hand_comparison(
        [("Daily", ["The U.S. is deploying six ships to the region."]),
         ("Herald", ["The United States began the deployment of 6 ships to the region."])],
        [[(0, 0), (1, 0)]],
    ))
    claim = comp.claims[0]
    assert _words(comp, claim, claim.members[0]) == []
    assert _words(comp, claim, claim.members[1]) == ["began"]


def test_seed_differences_show_serious_interest_as_a_hedge():
    comp = seed_comparison()
    claim = claim_with(comp, "serious interest", shared=True)
    member = next(m for m in claim.members if "serious interest" in m.text)
    text = comp.article(member.article).text
    words = _words(comp, claim, member)
    assert words[:2] == ["serious", "interest"]  # "interest" alone is in B's version, the phrase is not
    assert "Trump" not in words and "troops" not in words
    start = text.index("serious", member.start)
    assert mark_kind(text, start, start + len("serious")) == "hedge"
    assert mark_kind(text, start + len("serious "), start + len("serious interest")) == "hedge"
    assert marked(text, claim.differs[member.key], member.start, member.end, "**", "**").count("“**serious** **interest**”") == 1
    hedged = analyse(hand_comparison(
        [("Daily", ["The minister reportedly resigned on Friday, according to the report."]),
         ("Herald", ["The minister resigned on Friday, the report said."])],
        [[(0, 0), (1, 0)]],
    ))
    first = hedged.claims[0]
    assert _words(hedged, first, first.members[0]) == ["reportedly"]  # a hedge, not the word "report"


# --- origins ------------------------------------------------------------------------------------


def test_three_outlets_retelling_one_report_are_one_origin():
    comp = seed_comparison()
    lead = claim_with(comp, "serious interest", shared=True)
    assert lead.origins == ["NBC News"]
    assert origins_line(lead) == "3 outlets, 1 origin (NBC News)"
    # the casualties as the Pentagon gave them, and B's own account of how the conflict began
    assert claim_with(comp, "18 wounded", shared=True).origins == ["Pentagon", "NBC News"]
    assert claim_with(comp, "boots on the ground,", shared=True).origins == ["Trump"]


def test_independent_speakers_are_two_origins():
    comp = analyse(hand_comparison(
        [("Daily", ["The bridge collapsed at noon, Mayor Ann Smith told Reuters."]),
         ("Herald", ["The bridge collapsed around noon, according to the fire department."])],
        [[(0, 0), (1, 0)]],
    ))
    claim = comp.claims[0]
    assert claim.origins == ["Ann Smith (Mayor)", "fire department"]
    assert origins_line(claim) == "2 outlets, 2 origins (Ann Smith (Mayor), fire department)"


# --- suggestions and disagreements --------------------------------------------------------------


def test_seed_suggestions_name_the_cue_and_who_made_it():
    comp = seed_comparison()
    suggested = {c.id: c.suggestion for c in comp.claims if c.suggestion is not None}
    lead = claim_with(comp, "serious interest", shared=True)
    sug = suggested.pop(lead.id)
    assert (sug.status, sug.cue, sug.article) == ("denied", "dismissed the report", "C")
    assert sug.by == "Karoline Leavitt (White House Press Secretary)"
    assert comp.article("C").text[sug.start : sug.end].startswith("White House Press Secretary Karoline Leavitt dismissed")
    # the White House's "not part of the plan" answers the talks about sending troops, told with the aides' talks
    aides = claim_with(comp, "aides and Republican allies outside", shared=True)
    other = suggested.pop(aides.id)
    assert (other.status, other.cue, other.by, other.article) == ("denied", "not part of the plan", "White House", "A")
    assert suggested == {}
    found = {(c.status, c.cue, c.by) for c in find_cues(comp)}
    assert ("denied", "not part of the plan", "White House") in found
    assert ("disputed", "no real seat at the table", "Karoline Leavitt (White House press secretary)") in found
    denial = claim_with(comp, "assumptions from anonymous sources", shared=True)
    assert denial.suggestion is None  # the denial itself is not denied


def test_no_response_is_not_a_denial_and_words_alone_suggest_nothing():
    comp = analyse(hand_comparison(
        [("Daily", ["The council approved the new budget on Monday.", "The mayor did not immediately respond to requests for comment."]),
         ("Herald", ["The council approved the budget on Monday night.", "Nobody was hurt."])],
        [[(0, 0), (1, 0)]],
    ))
    assert all(c.suggestion is None for c in comp.claims)
    assert comp.disagreements == []


def test_those_claims_answers_the_sentence_before_and_claims_that_answers_its_content():
    comp = analyse(hand_comparison(
        [("Daily", ["Khartoum accused Juba of arming the rebels in the border states.", "Kiir denied those claims on Thursday.",
                    "The rebel group denies claims that it works for the army in the north."]),
         ("Herald", ["Khartoum has accused Juba of arming rebels in two border states.", "The army in the north lost a town."])],
        [[(0, 0), (1, 0)]],
    ))
    sug = comp.claims[0].suggestion
    assert sug is not None and (sug.status, sug.by, sug.cue) == ("denied", "Kiir", "denied")
    assert sum(1 for c in comp.claims if c.suggestion) == 1


def test_a_dispute_answers_the_claim_it_speaks_of():
    comp = analyse(hand_comparison(
        [("Daily", ["The army moved tanks to the northern border on Friday.", "Defense Minister Tom Ray said the report about tanks at the border was misleading."]),
         ("Herald", ["Tanks were moved to the northern border on Friday, witnesses said."])],
        [[(0, 0), (1, 0)]],
    ))
    sug = comp.claims[0].suggestion
    assert sug is not None and (sug.status, sug.cue, sug.by) == ("disputed", "misleading", "Tom Ray (Defense Minister)")


def test_outlets_that_disagree_about_a_response_are_flagged():
    comp = seed_comparison()
    [d] = comp.disagreements
    assert d.party == "white house"
    first = d.sentences[0]
    assert first[0] == "B" and "did not immediately respond" in comp.sentences["B"][first[1]].text
    assert {k[0] for k in d.sentences[1:]} == {"A", "C"}
    assert "Karoline Leavitt" in d.detail and d.detail.startswith("B says the White House did not respond")


# --- grading ------------------------------------------------------------------------------------


def test_credibility_from_tags_and_independent_origins():
    comp = seed_comparison()
    lead = claim_with(comp, "serious interest", shared=True)  # 3 outlets, 1 origin
    assert [credibility(lead, s) for s in ("unreviewed", "confirmed", "disputed", "denied")] == [3, 2, 4, 5]
    two = analyse(hand_comparison(
        [("Daily", ["The bridge collapsed at noon, Mayor Ann Smith told Reuters."]),
         ("Herald", ["The bridge collapsed around noon, according to the fire department."])],
        [[(0, 0), (1, 0)]],
    )).claims[0]
    assert credibility(two, "confirmed") == 1 and credibility(two, "unreviewed") == 2
    differ = analyse(hand_comparison(
        [("Daily", ["The bridge collapse killed 24 people, Mayor Ann Smith told Reuters."]),
         ("Herald", ["The bridge collapse killed one person, according to the fire department."])],
        [[(0, 0), (1, 0)]],
    )).claims[0]
    find_conflicts([differ])
    assert [c.detail for c in differ.conflicts] == ["24 dead vs 1 dead"] and len(differ.origins) == 2
    assert credibility(differ, "confirmed") == 2 and credibility(differ, "unreviewed") == 3
    single = next(c for c in comp.claims if not c.is_shared and c.kind == "claim")
    assert credibility(single, "unreviewed") == 6


def test_source_grades_are_remembered_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    comp = seed_comparison()
    lead = claim_with(comp, "serious interest", shared=True)
    grades = SourceGrades()
    assert claim_grade(comp, lead, "unreviewed", grades) == "F3"
    grades.set("NBC News", "b")
    grades.set(comp.article("A").source, "C")
    data = json.loads((tmp_path / "data" / "sources.json").read_text("utf-8"))
    assert data["sources"] == {"NBC News": "B", comp.article("A").source: "C"}
    again = SourceGrades()
    assert again.get("nbc news") == "B"
    assert claim_grade(comp, lead, "confirmed", again) == "B2"  # the best grade among outlets and origins
    again.set("NBC News", None)
    assert claim_grade(comp, lead, "denied", SourceGrades()) == "C5"
    with pytest.raises(ValueError):
        again.set("NBC News", "G")


def test_a_damaged_grades_file_is_reported_not_fatal_and_links_and_modes_are_kept(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(data))
    (data / "sources.json").write_text("{not json", "utf-8")
    grades = SourceGrades()
    assert grades.error and grades.grades == {}
    with pytest.raises(OSError):
        grades.set("PBS", "A")  # the damaged file may hold grades: it is not overwritten
    assert (data / "sources.json").read_text("utf-8") == "{not json"
    real = tmp_path / "elsewhere.json"
    real.write_text('{"sources": {"PBS": "A"}}', "utf-8")
    os.chmod(real, 0o644)
    (data / "sources.json").unlink()
    (data / "sources.json").symlink_to(real)
    grades = SourceGrades()
    assert grades.get("PBS") == "A"
    grades.set("Reuters", "B")
    assert (data / "sources.json").is_symlink()
    assert json.loads(real.read_text("utf-8"))["sources"] == {"PBS": "A", "Reuters": "B"}
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


# --- outputs ------------------------------------------------------------------------------------


def test_compare_outputs_carry_the_analysis():
    comp = seed_comparison()
    data = to_dict(comp)
    lead = claim_with(comp, "serious interest", shared=True)
    cd = next(c for c in data["claims"] if c["id"] == lead.id)
    assert cd["origins"] == ["NBC News"]
    assert cd["suggestion"]["status"] == "denied" and cd["suggestion"]["cue"] == "dismissed the report"
    texts = {a["id"]: a["text"] for a in data["articles"]}
    member = next(m for m in cd["members"] if "serious interest" in m["text"])
    assert "serious" in [texts["C"][s:e] for s, e in member["differs"]]
    assert member["attribution"]["outlet"] == "NBC News" and member["attribution"]["speaker"] is None
    assert data["disagreements"][0]["party"] == "white house"
    md = to_markdown(comp, shared_only=True)
    assert "“**serious** **interest**”" in md and "3 outlets, 1 origin (NBC News)" in md
    assert "Sources disagree:" in md
    assert "*serious*" in to_table(comp, width=400, shared_only=True)


def test_a_grades_file_that_is_a_fifo_is_neither_read_nor_replaced(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(data))
    os.mkfifo(data / "sources.json")
    grades = SourceGrades()  # does not block on the FIFO
    assert grades.error and grades.grades == {}
    with pytest.raises(OSError):
        grades.set("Reuters", "B")
    assert stat.S_ISFIFO(os.lstat(data / "sources.json").st_mode)
