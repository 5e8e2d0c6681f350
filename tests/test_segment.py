"""Sentence segmentation and boilerplate detection."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyst_tui.core.segment import is_boilerplate, segment

from seed_cases import SEEDS


def sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in segment(text)]


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- #
# Abbreviations, initials, numbers
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. and U.K. diplomats met at the U.N. headquarters on Monday.",
        "Mr. Smith, Mrs. Jones and Dr. Brown arrived late.",
        "Gen. Mark Milley briefed Sen. Jack Reed, Rep. Adam Smith and Gov. Gavin Newsom.",
        "Lt. Col. Jane Doe spoke at St. Paul's Cathedral.",
        "The talks ran on Jan. 5, Feb. 6, Aug. 7 and Sept. 11 of that year.",
        "He lives at No. 10 and wrote about Apple vs. Google, Microsoft etc. in his notes.",
        "Acme Inc. and Globex Corp. hired Martin Luther King Jr. as an adviser.",
        "George W. Bush praised J. R. R. Tolkien in a speech.",
        "The quake struck Qeshm Gov. Heidar Alishvandi's island.",
        "Roe v. Wade was cited, e.g. by the court.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(sentence):
    text = sentence + " The next sentence follows."
    assert sents(text) == [sentence, "The next sentence follows."]


def test_us_mid_sentence_does_not_split_but_sentence_final_us_does():
    text = "Trump is sending U.S. troops into the U.S. Army base. They flew into the U.S. The next day they left."
    assert sents(text) == [
        "Trump is sending U.S. troops into the U.S. Army base.",
        "They flew into the U.S.",
        "The next day they left.",
    ]


def test_abbreviation_before_a_name_is_kept_before_a_starter_is_split():
    text = "Shares of Acme Inc. CEO Jane Roe fell. Shares of Acme Inc. He sold them."
    assert sents(text) == ["Shares of Acme Inc. CEO Jane Roe fell.", "Shares of Acme Inc.", "He sold them."]


def test_no_is_an_abbreviation_only_before_a_number():
    assert sents("He said no. The talks ended.") == ["He said no.", "The talks ended."]
    assert sents("She ranked No. 1 in the poll.") == ["She ranked No. 1 in the poll."]


def test_times_with_am_pm():
    text = (
        "At around 4:30 a. m. local time (11.30 p. m. ET) the thieves struck. "
        "They fled at 5 a.m. Monday. Police arrived at 6 a.m. Officers found nothing."
    )
    assert sents(text) == [
        "At around 4:30 a. m. local time (11.30 p. m. ET) the thieves struck.",
        "They fled at 5 a.m. Monday.",
        "Police arrived at 6 a.m.",
        "Officers found nothing.",
    ]


def test_decimals_and_tokenised_numbers():
    text = "The 6.1-magnitude quake caused $1.5 billion in damage. A 6. 1 - magnitude aftershock followed. It hit at 2. 9 km."
    assert sents(text) == [
        "The 6.1-magnitude quake caused $1.5 billion in damage.",
        "A 6. 1 - magnitude aftershock followed.",
        "It hit at 2. 9 km.",
    ]


def test_tokenised_dotted_abbreviations():
    text = "The U. S. Geological Survey said it was 6.1. Two U. N. aircraft had landed."
    assert sents(text) == ["The U. S. Geological Survey said it was 6.1.", "Two U. N. aircraft had landed."]


def test_enumerated_list_item_stays_with_its_text():
    assert sents("1. The first point.\n2. The second point.") == ["1. The first point.", "2. The second point."]


# --------------------------------------------------------------------------- #
# Ellipses, quotes, parentheses, ? and !
# --------------------------------------------------------------------------- #


def test_ellipsis_inside_quote_stays_one_sentence():
    text = (
        'The White House also said on Wednesday that ground troops in Iran are "not part of the plan ... '
        'at this time," per PBS. White House press secretary Karoline Leavitt told NBC.'
    )
    assert sents(text) == [
        'The White House also said on Wednesday that ground troops in Iran are "not part of the plan ... at this time," per PBS.',
        "White House press secretary Karoline Leavitt told NBC.",
    ]


def test_unicode_ellipsis_and_capitalised_word_inside_quote():
    text = "Araghchi said: “We are waiting for them… That would be a big disaster for them.” Nobody replied."
    assert sents(text) == [
        "Araghchi said: “We are waiting for them… That would be a big disaster for them.”",
        "Nobody replied.",
    ]


def test_ellipsis_closing_a_quote_ends_the_sentence():
    assert sents('He said "wait ..." Then he left.') == ['He said "wait ..."', "Then he left."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("He said ‘no.’ Then he left.", ["He said ‘no.’", "Then he left."]),
        ("“I say ‘probably don’t need them,’ [or] ‘if they were necessary.’” He laughed.",
         ["“I say ‘probably don’t need them,’ [or] ‘if they were necessary.’”", "He laughed."]),
    ],
)
def test_quote_closing_after_full_stop_splits_after_the_quote(text, expected):
    assert sents(text) == expected


def test_quote_followed_by_attribution_stays_one_sentence():
    text = (
        "“This story is based on assumptions from anonymous sources,” Leavitt said. "
        "“President Trump always, wisely, keeps all options open.”"
    )
    assert sents(text) == [
        "“This story is based on assumptions from anonymous sources,” Leavitt said.",
        "“President Trump always, wisely, keeps all options open.”",
    ]


def test_detached_closing_quote_from_tokenised_source_stays_with_sentence():
    text = '"People poured into the streets, fearing aftershocks. "\n\nIn Dubai, buildings were evacuated.'
    assert sents(text) == ['"People poured into the streets, fearing aftershocks. "', "In Dubai, buildings were evacuated."]


def test_parenthesised_sentence_is_one_sentence_including_parentheses():
    text = (
        "Iranian forces are ready. (Rumors of US ground troops heading to Iran had swirled earlier after an "
        "Army drill was canceled.) Officials declined to comment."
    )
    assert sents(text) == [
        "Iranian forces are ready.",
        "(Rumors of US ground troops heading to Iran had swirled earlier after an Army drill was canceled.)",
        "Officials declined to comment.",
    ]


def test_question_and_exclamation_marks():
    text = 'Will he send troops? Nobody knows! "Why?" he asked. "Now!" The crowd roared.'
    assert sents(text) == ["Will he send troops?", "Nobody knows!", '"Why?" he asked.', '"Now!"', "The crowd roared."]


# --------------------------------------------------------------------------- #
# Lines and paragraphs
# --------------------------------------------------------------------------- #


def test_headline_followed_by_blank_line_is_its_own_sentence():
    text = "Trump weighs sending troops to Iran\n\nThe president has floated a small contingent."
    assert sents(text) == ["Trump weighs sending troops to Iran", "The president has floated a small contingent."]


def test_blank_line_is_never_crossed_even_before_lower_case():
    text = "a paragraph with no full stop\n\nand another one in lower case."
    assert sents(text) == ["a paragraph with no full stop", "and another one in lower case."]


def test_single_newline_ends_a_headline_before_a_capital():
    text = "Quake hits Aceh\nA strong earthquake struck on Tuesday."
    assert sents(text) == ["Quake hits Aceh", "A strong earthquake struck on Tuesday."]


def test_single_newline_inside_wrapped_paragraph_is_joined():
    text = "The strong earthquake struck the province\nof Aceh on Tuesday, killing at\nleast five people."
    assert sents(text) == [text]


def test_line_ending_in_comma_continues_on_next_line():
    text = "The talks included Iran,\nOman and Qatar."
    assert sents(text) == [text]


def test_markdown_heading_and_list_items_are_separate():
    text = "# Iran war\n- Troops on standby\n- Talks stalled\n\nBody text."
    assert sents(text) == ["# Iran war", "- Troops on standby", "- Talks stalled", "Body text."]


def test_leading_dateline_is_cut_off_as_boilerplate():
    text = "Updated: July 2, 2013 15:01 IST Strong earthquake hits Aceh. It killed one."
    assert kinds(text) == [
        ("Updated: July 2, 2013 15:01 IST", "boilerplate"),
        ("Strong earthquake hits Aceh.", "claim"),
        ("It killed one.", "claim"),
    ]
    assert kinds("Tue Jul 2, 2013 1:28PM GMT A powerful quake struck.") == [
        ("Tue Jul 2, 2013 1:28PM GMT", "boilerplate"),
        ("A powerful quake struck.", "claim"),
    ]


def test_first_posted_originally_published_and_released_datelines_are_cut_off():
    assert kinds("First Posted 23:37:00 05 / 05 / 2010 A fire-bomb attack on a bank killed three.") == [
        ("First Posted 23:37:00 05 / 05 / 2010", "boilerplate"),
        ("A fire-bomb attack on a bank killed three.", "claim"),
    ]
    assert kinds("Originally published 05 / 03 / 2013 at 10: 20 AM EDT Lindsay Lohan checked in.")[0] == (
        "Originally published 05 / 03 / 2013 at 10: 20 AM EDT", "boilerplate")
    assert kinds("Released 2013 - 09 - 28 05: 08: 35 GMT A jury convicted a man.") == [
        ("Released 2013 - 09 - 28 05: 08: 35 GMT", "boilerplate"),
        ("A jury convicted a man.", "claim"),
    ]
    assert kinds("First Published: June 13, 2013 4: 59 PM EDT") == [("First Published: June 13, 2013 4: 59 PM EDT", "boilerplate")]
    for claim in ("Released in 2013, the film made $5 million.", "First published in 1851, the paper closed on Monday.",
                  "Released 2 hours later, the hostages spoke to reporters."):
        assert kinds(claim) == [(claim, "claim")]


@pytest.mark.parametrize(
    "dateline, rest",
    [
        ("PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM", "Lindsay Lohan checked in."),
        ("Friday August 2, 2013 @ 8: 13am PDT", "Ellen DeGeneres will host."),
        ("Jul. 7 5: 59 PM EDT", "Wladimir Klitschko stopped Tony Thompson."),
        ("on Jul 7 2012, 5: 55p", "Wladimir Klitschko won his 16th straight fight."),
        ("26 September 2013, 10: 00 (GMT+05: 00)", "Parliamentary elections will be held."),
        ("Published: 2012. 08. 08 09: 01 AM", "A fire destroyed the warehouse."),
        ("GMT (1852 HKT), April 10, 2007", "A Michigan man shot three people."),
        ("Published time: March 12, 2013 02: 03 Edited time: March 13, 2013 02: 15", "Police intervened."),
        ("Updated 9: 06 AM", "A woman has died."),
        ("Monday, Sep 10, 2012 | Updated 9: 01 AM EDT", "The murder trial began."),
        ("12: 48PM BST 09 Sep 2013", "Four men rammed their car into the store."),
        ("Edited on Mon Dec - 19 - 05 03: 49 PM", "Mob boss Vincent Gigante died."),
        ("August 10, 2011 - - Updated 0947 GMT (1747 HKT)", "Polygamist leader Warren Jeffs was sentenced."),
        ("Reuters Sep 18, 2013, 02. 16PM IST", "Microsoft released an emergency software fix."),
        ("TNN Nov 12, 2011, 05. 51AM IST", "MUMBAI: An Indian warship intercepted three boats."),
        ("(10: 27 am PDT, Jun 11th 2012)", "Apple unveiled a revamped MacBook Pro."),
        ("02. 29. 12 4: 15 PM", "Chip designer AMD has signed an agreement to acquire SeaMicro."),
        ("Story Created: Aug 7, 2012 at 9: 56 AM AKDT", "Someone called 911 to report a fire."),
        ("2013 - 09 - 26", "For the first time in Turkmenistan's history, two parties will run."),
    ],
)
def test_page_datelines_glued_to_the_lead_are_cut_off(dateline, rest):
    assert kinds(f"{dateline} {rest}") == [(dateline, "boilerplate"), (rest, "claim")]


@pytest.mark.parametrize(
    "first, rest",
    [
        ("Ten dead in southern Iran quake", "A powerful earthquake has hit southern Iran, killing at least 10 people."),
        ("Robbers crash 4x4 into store, grabbing jewelry and watches, before setting car ablaze",
         "Four men rammed their car into an upmarket jewellery store in central Paris on Monday."),
        ("Aftershocks jolt Iran's Qeshm island, death toll rises to 10", "The sixth aftershock shook the island."),
        ("(Fox News article)", "The suspect was finally apprehended."),
        ("Indonesia Aceh rescue operation after deadly earthquake", "An operation is under way."),
        ("Strong earthquake jolts southern Iran, felt in Oman", "An earthquake measuring at least magnitude-5.9 shook Iran."),
    ],
)
def test_a_headline_glued_to_its_lead_without_a_full_stop_is_cut_off(first, rest):
    assert kinds(f"{first} {rest}") == [(first, "claim"), (rest, "claim")]


def test_a_title_case_headline_that_opens_a_paragraph_is_cut_off_its_lead():
    text = ("9 September 2013, 14:08\n\nParis: Jewellery Stolen In Casty Shop Raid Jewellery and watches worth "
            "£1.7m have been stolen during a heist. Four men took the jewellery and fled.")
    assert kinds(text)[1:] == [("Paris: Jewellery Stolen In Casty Shop Raid", "claim"),
                               ("Jewellery and watches worth £1.7m have been stolen during a heist.", "claim"),
                               ("Four men took the jewellery and fled.", "claim")]
    text = "Female Employee Kills Two In Kraft Shooting In a sad reversal, a woman opened fire in a plant."
    assert kinds(text) == [("Female Employee Kills Two In Kraft Shooting", "claim"),
                           ("In a sad reversal, a woman opened fire in a plant.", "claim")]


@pytest.mark.parametrize(
    "text",
    [
        # a name is no lead's first word: its lower-case form is nowhere in the article
        "Paris: Jewels Stolen In Shop Raid Police Chief John Smith said on Monday that four men fled.",
        # names and a sentence's own capitals, without a little word capitalised as only a headline does
        "In March, President Barack Obama directed the secretaries to review the rules.",
        "The House Select Committee on Energy Independence held a hearing on Thursday.",
        "Greek Prime Minister George Papandreou said the firebombing was a crime.",
        # the headline on a line of its own is a sentence already; the lead after it is another
        "Jewellery Stolen In Casty Shop Raid\nJewellery and watches worth a lot have been stolen.",
    ],
)
def test_capitals_that_are_no_title_case_headline_are_not_cut(text):
    assert [t for t, _ in kinds(text)] == [line for line in text.split("\n")]


@pytest.mark.parametrize(
    "text",
    [
        "Star wattage has dimmed, with many members of the A list refusing to attend.",
        "They read The Times every day and the plan A is fine.",
        "The beef was rated Grade A quality by the inspectors.",
        "He won Formula One races and Round Two went badly.",
        "Everyone knew that A-list stars would come.",
        "Under Plan A members would vote, as in Round Two earlier.",
    ],
)
def test_a_capitalised_article_inside_a_sentence_is_no_sentence_start(text):
    assert kinds(text) == [(text, "claim")]


def test_a_page_dateline_after_the_first_sentence_of_a_paragraph_is_cut_off():
    # pages copied as one paragraph put the dateline after the headline's sentence, not at a line's start
    text = ("Lindsay Lohan checked into rehab late Thursday. PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM "
            "Lindsay Lohan checked into the Betty Ford Center.")
    assert kinds(text) == [
        ("Lindsay Lohan checked into rehab late Thursday.", "claim"),
        ("PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM", "boilerplate"),
        ("Lindsay Lohan checked into the Betty Ford Center.", "claim"),
    ]
    text = "AMD buys SeaMicro. March 1, 2012 - - 07: 58 GMT (23: 58 PST) At its analyst day, AMD said so."
    assert kinds(text)[1] == ("March 1, 2012 - - 07: 58 GMT (23: 58 PST)", "boilerplate")
    text = "Apple unveils a laptop. MONDAY, JUNE 11TH, 2012 AT 10: 49 AM Apple has unveiled it."
    assert kinds(text)[1] == ("MONDAY, JUNE 11TH, 2012 AT 10: 49 AM", "boilerplate")
    text = "He arrived. On Jan. 5, 2011 Police said he left. March 2012 was wet. The attacks came on Sept. 11, 2001."
    assert all(kind == "claim" for _, kind in kinds(text))


def test_a_labelled_page_dateline_between_a_headline_and_its_lead_is_cut_off():
    # tokenised pages glue the headline, its "Updated ..." line and the lead into one run of text
    text = ("Lawyer: Lindsay Lohan checks into rehab facility Updated 4: 08 p. m. ET Lindsay Lohan's attorney "
            "said Thursday the actress checked in.")
    assert kinds(text) == [
        ("Lawyer: Lindsay Lohan checks into rehab facility", "claim"),
        ("Updated 4: 08 p. m. ET", "boilerplate"),
        ("Lindsay Lohan's attorney said Thursday the actress checked in.", "claim"),
    ]
    text = "Team Execs Meet With Agent UPDATED 3: 09 AM EST Dec 19, 2008 Despite the bids, the team met."
    assert [k for _, k in kinds(text)] == ["claim", "boilerplate", "claim"]
    # one dateline of two labels stays whole; a label without a clock time, or in lower case, is prose
    text = "First Posted: 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET A fire-bomb hit the house."
    assert kinds(text)[0] == ("First Posted: 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET", "boilerplate")
    for claim in ("The list was Updated Monday With new names.", "The page was updated 4: 08 p. m. ET Monday with figures.",
                  "Police Posted 12 officers There overnight.", "11.12.10 Release notes list the fixes."):
        assert kinds(claim) == [(claim, "claim")]


def test_dates_inside_claims_are_not_datelines():
    for claim in ("9/11 Commission members met on Tuesday.", "May 5 Police arrested two men.",
                  "12.30 Police arrived at the scene.", "ET Canada reported the split on Monday.",
                  "Reuters reported the attack on Monday.", "Reuters Sept. 5 Police said nothing."):
        assert kinds(claim) == [(claim, "claim")]


def test_place_and_date_on_a_line_of_their_own_are_a_dateline():
    text = "INDONESIA, July 2, 2013\n\nA strong quake struck Aceh on Tuesday."
    assert kinds(text) == [("INDONESIA, July 2, 2013", "boilerplate"), ("A strong quake struck Aceh on Tuesday.", "claim")]
    assert kinds("Washington, Dec. 1 2026")[0][1] == "boilerplate"
    assert kinds("Aceh, a province of Sumatra, was hit in 2013.")[0][1] == "claim"
    assert kinds("Officials met on July 2, 2013.")[0][1] == "claim"


def test_number_at_line_start_is_not_a_dateline():
    assert kinds("10 Downing Street said nothing.") == [("10 Downing Street said nothing.", "claim")]
    assert kinds("2013 Aceh quake kills five") == [("2013 Aceh quake kills five", "claim")]


# --------------------------------------------------------------------------- #
# Photo credits and boilerplate
# --------------------------------------------------------------------------- #


def test_caption_and_trailing_credit_are_split_and_both_are_boilerplate():
    text = (
        "President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran. "
        "BRENDAN SMIALOWSKI/AFP via Getty Images\n\nEither possibility would go against Trump’s promises."
    )
    assert kinds(text) == [
        ("President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran.", "boilerplate"),
        ("BRENDAN SMIALOWSKI/AFP via Getty Images", "boilerplate"),
        ("Either possibility would go against Trump’s promises.", "claim"),
    ]


def test_credit_without_full_stop_before_it_is_split_at_paragraph_end():
    text = "Officials say Trump has not decided whether to deploy troops to Iran Anna Moneymaker/Getty Images\n\nNext."
    assert kinds(text) == [
        ("Officials say Trump has not decided whether to deploy troops to Iran", "boilerplate"),
        ("Anna Moneymaker/Getty Images", "boilerplate"),
        ("Next.", "claim"),
    ]


def test_credit_followed_by_text_on_the_same_line_is_split_on_both_sides():
    text = "Hegseth spoke in Tampa. Elizabeth Frantz/Reuters Either way the war goes on."
    assert kinds(text) == [
        ("Hegseth spoke in Tampa.", "boilerplate"),
        ("Elizabeth Frantz/Reuters", "boilerplate"),
        ("Either way the war goes on.", "claim"),
    ]


def test_a_credit_on_the_next_line_captions_that_line_only():
    text = (
        "The minister arrived in Tampa on Friday. He met the governor.\n\n"
        "Pete Hegseth speaks in Tampa.\nElizabeth Frantz/Reuters\n\n"
        "The first paragraph of the story. It goes on. And on.\nAnna Moneymaker/Getty Images\n\n"
        "A paragraph before a blank line.\n\nSAUL LOEB/AFP/Getty Images"
    )
    assert kinds(text) == [
        ("The minister arrived in Tampa on Friday.", "claim"),
        ("He met the governor.", "claim"),
        ("Pete Hegseth speaks in Tampa.", "boilerplate"),
        ("Elizabeth Frantz/Reuters", "boilerplate"),
        ("The first paragraph of the story.", "claim"),
        ("It goes on.", "claim"),
        ("And on.", "claim"),
        ("Anna Moneymaker/Getty Images", "boilerplate"),
        ("A paragraph before a blank line.", "claim"),
        ("SAUL LOEB/AFP/Getty Images", "boilerplate"),
    ]


def test_ap_photo_credit_in_parentheses():
    text = "Troops gather at the base. (AP Photo/Evan Vucci)"
    assert kinds(text) == [("Troops gather at the base.", "boilerplate"), ("(AP Photo/Evan Vucci)", "boilerplate")]


def test_agency_first_credits_and_a_piped_credit_make_their_captions_boilerplate():
    text = (
        "Rescuers search the rubble in Bener Meriah on Tuesday. REUTERS/Stringer\n\n"
        "Residents stand near a damaged mosque in Aceh. AP Photo/Binsar Bakkara\n\n"
        "Soldiers carry a victim in Takengon | Photo: AFP\n\n"
        "Rescuers searched the rubble, officials said."
    )
    assert kinds(text) == [
        ("Rescuers search the rubble in Bener Meriah on Tuesday.", "boilerplate"),
        ("REUTERS/Stringer", "boilerplate"),
        ("Residents stand near a damaged mosque in Aceh.", "boilerplate"),
        ("AP Photo/Binsar Bakkara", "boilerplate"),
        ("Soldiers carry a victim in Takengon | Photo: AFP", "boilerplate"),
        ("Rescuers searched the rubble, officials said.", "claim"),
    ]


def test_a_caption_is_only_the_text_a_credit_follows_on_its_line():
    text = (
        "The talks went on all night. Negotiators met again at dawn.\n"
        "Smoke rises over the city. Firefighters worked through the night. Jane Doe/Reuters\n\n"
        "The paragraph before a credit has three sentences. Its first two are news. "
        "Its last one is the caption. Anna Moneymaker/Getty Images"
    )
    assert kinds(text) == [
        ("The talks went on all night.", "claim"),
        ("Negotiators met again at dawn.", "claim"),
        ("Smoke rises over the city.", "boilerplate"),
        ("Firefighters worked through the night.", "boilerplate"),
        ("Jane Doe/Reuters", "boilerplate"),
        ("The paragraph before a credit has three sentences.", "claim"),
        ("Its first two are news.", "claim"),
        ("Its last one is the caption.", "boilerplate"),
        ("Anna Moneymaker/Getty Images", "boilerplate"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "BRENDAN SMIALOWSKI/AFP via Getty Images",
        "Anna Moneymaker/Getty Images",
        "Elizabeth Frantz/Reuters",
        "SAUL LOEB/AFP/Getty Images",
        "J. Scott Applewhite/AP",
        "Photo: Jane Doe/AP",
        "Photograph: Evan Vucci/AP",
        "(AP Photo/Evan Vucci)",
        "REUTERS/Ajeng Dinar Ulfiana",
        "REUTERS/Stringer",
        "EPA-EFE/HOTLI SIMANJUNTAK",
        "AP Photo/Binsar Bakkara",
        "Soldiers carry a victim in Takengon | Photo: AFP",
        "Getty Images",
        "File photo",
        "FILE PHOTO: Troops at a base in 2020.",
        "Subscribe now!",
        "Sign up for our newsletter",
        'New: The Mediaite One-Sheet "Newsletter of Newsletters"',
        "Your daily summary and analysis of what the many, many media newsletters are saying and reporting.",
        "By Jane Smith",
        "By Jane Smith and John Doe, Reuters",
        "BY JANE SMITH",
        "Read more",
        "READ MORE: Iran threatens to close the strait",
        "Related: Iran war live updates",
        "Advertisement",
        "ADVERTISEMENT",
        "Click here to read more.",
        "Share this article",
        "© 2026 NBCUniversal Media, LLC",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "Last Updated: Monday, 28 November 2005, 02:24 GMT",
        "The White House did not immediately respond to requests for comment.",
        "The White House did not immediately respond to a request for comment.",
        "A spokesman for the ministry didn't return calls seeking comment on Friday.",
        "Representatives for Reid could not be reached for comment.",
        "The Pentagon declined to comment.",
        "The company has not responded to a request for comment.",
        "Sudan's embassy was not immediately available for comment.",
        "There was no immediate response from North Korea or the United States.",
        "Moore did not have an immediate response Tuesday.",
        "No one at the company was immediately available to comment.",
        "No one was immediately available to comment.",
        "The senator has not yet responded to a request for comment from The Independent.",
        "The White House did not respond to questions about the report.",
        "NBC News has reached out to the White House for comment.",
        "Newsweek has contacted the State Department for comment.",
        "We have reached out to the company and will update this story.",
        "The Pentagon referred questions to the White House.",
        "Reporting by John Smith; Editing by Jane Doe",
        "(Reporting by Parisa Hafezi in Dubai and Jonathan Saul in London; Editing by Mark Heinrich)",
        "Reporting by Jeff Mason, Steve Holland and Andrea Shalal; Writing by Simon Lewis; Editing by Don Durfee",
        "Additional reporting by Steve Holland.",
        "The Associated Press contributed to this report.",
        "CNN's Jane Doe contributed to this report.",
        "Reuters contributed reporting.",
        "Associated Press Writer Michael Gormley contributed to this report from Albany.",
        "Associated Press Writer Jay Reeves in Birmingham, Ala., contributed to this story.",
        "Jane Doe contributed reporting from Washington, D.C.",
        "Image copyright Getty Images",
        "Image caption Rescuers search the rubble in Bener Meriah",
        "Skip to content",
        "Skip Advertisement",
        "Listen to this article",
        "Download the app",
        "Get the NBC News app",
        "Follow NBC News on X",
        "MORE: Iran's leader warns the US",
        "Enjoying this article? Subscribe for more.",
        "Recommended Stories",
        "Most Read",
        "Trending now",
        "Print this page",
        "Sign in to comment",
        "Your browser does not support the video tag.",
        "1 of 5",
        "This article was originally published by The Conversation.",
        "This story first appeared on Politico.",
        "A version of this article appeared in print on March 7, 2026.",
        "This story has been updated with additional information.",
        "This article has been updated.",
        "Emails to the ministry went unanswered.",
        "Requests for comment to the embassy went unanswered on Friday.",
        "Contact the author at jdoe@example.com.",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "There was no immediate comment from the Sudanese government in Khartoum on Thursday, as deadly fighting broke "
        "out in the Sudanese state of South Kordofan between the military and forces loyal to South Sudan.",
        "The governor did not respond to the attack with force.",
        "Woodward, who said he would reveal Deep Throat's identity after the source died, could not be reached Wednesday.",
        "Police said they had received more than 300 calls from residents.",
        "Rescuers reached out to survivors trapped under the rubble.",
        "The response from North Korea was immediate: it fired two missiles.",
        "No one was available to help the wounded for hours.",
        "The doctor referred the patient to a specialist.",
        "Officials contacted the families of the victims on Tuesday.",
        "A Reuters correspondent reported hearing a large explosion.",
        "Getty Images photographers were at the scene, Reuters reported.",
        "Calls for calm went unanswered as the riots spread.",
        "Officials did not respond to questions about the number of troops, but said the plan was under review.",
        "The spokesman declined to comment but did not deny that talks had taken place.",
        "By Monday, the death toll had risen to 300.",
        "2013 - 2014 was the club's best season.",
        "Between 2010 - 12 - 05 and the vote, 20 people died.",
        "By the end of the day, 10 people were dead.",
        "Related charges were filed on Friday.",
        "Advertisement revenue fell sharply.",
        "Subscribers complained about the outage.",
        "New York police said three people were arrested.",
        "Updated figures show 300 dead.",
        "The newsletter reported that the company would close.",
        "Photos showed the damage.",
        "Copyright lawsuits have surged.",
        "Trump told Reuters/Ipsos pollsters he would win.",
        "The poll was conducted by Reuters/Ipsos on Monday.",
        "Prices rose | analysts expect more gains.",
        "President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran.",
        "Reporting by NBC News suggests Trump is open to ground troops.",
        "Reporting by Reuters showed it.",
        "Editing by hand is slow, he said.",
        "Saudi Arabia contributed $1 billion to the reconstruction fund.",
        "The contractor contributed to this report's delay, officials said.",
        "Rising costs contributed to the report from Albany that the plant would close.",
        "Heavy rain contributed to the flooding in Albany.",
        "Image quality was poor, analysts said.",
        "Follow-up talks are planned for Friday.",
        "Skipping the summit would be a mistake, he said.",
        "More than 200 people were injured.",
        "Most read the report as a warning.",
        "Trending topics included the quake.",
        "One of five victims was a child.",
        "Loading of the aid trucks began on Monday.",
        "Download speeds fell after the quake.",
        "The article was published on Friday and caused outrage in Tehran.",
        "The report first appeared to be a hoax, officials said.",
    ],
)
def test_claims_are_not_boilerplate(line):
    assert not is_boilerplate(line)


# --------------------------------------------------------------------------- #
# The seed articles
# --------------------------------------------------------------------------- #


def test_seed_000_segments():
    text = seed("000")
    got = sents(text)
    assert len(got) == 15
    assert "NBC's sources say no decisions have been made and no orders issued." in got
    assert (
        'The White House also said on Wednesday that ground troops in Iran are "not part of the plan ... at this time," per PBS.'
        in got
    )
    assert (
        'Iran\'s foreign minister, Abbas Araghchi, tells NBC that the country is ready to confront any US troops sent in: '
        '"We are waiting for them ... that would be a big disaster for them."' in got
    )
    assert got[-1] == "(Rumors of US ground troops heading to Iran had swirled earlier after an Army drill was canceled.)"
    assert got[0].endswith("multiple current and former US officials tell NBC News .")
    assert all(s.kind == "claim" for s in segment(text))


def test_seed_001_segments_and_flags_credits():
    text = seed("001")  # as the file has it, with the date marker the loader takes off
    got = kinds(text)
    assert len(got) == 28
    assert got[:2] == [("date 2026-03-07", "claim"), ("The war with Iran could be on the brink of further escalation.", "claim")]
    boiler = [s for s, k in got if k == "boilerplate"]
    assert boiler == [
        "President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran.",  # a caption
        "BRENDAN SMIALOWSKI/AFP via Getty Images",
        "The White House did not immediately respond to requests for comment.",
        "Officials say Trump has not made a final decision on whether to deploy troops to Iran.",  # a caption
        "Anna Moneymaker/Getty Images",
        "Pete Hegseth took shots at the press while the names of four of the six American troops killed in "
        "“Operation Epic Fury\" were released.",  # a caption
        "Elizabeth Frantz/Reuters",
    ]
    claims = [s for s, k in got if k == "claim"]
    assert "“We are waiting for them,” Iranian Foreign Minister Abbas Araghchi told NBC News." in claims
    assert "“I say ‘probably don’t need them,’ [or] ‘if they were necessary.’”" in claims
    assert "Either possibility would go against Trump’s repeated promises to keep the United States out of any new foreign wars." in claims


def test_seed_002_segments_and_flags_promo():
    text = seed("002")
    got = kinds(text)
    assert len(got) == 16
    assert got[-3:] == [
        ('New: The Mediaite One-Sheet "Newsletter of Newsletters"', "boilerplate"),
        ("Your daily summary and analysis of what the many, many media newsletters are saying and reporting.", "boilerplate"),
        ("Subscribe now!", "boilerplate"),
    ]
    assert all(k == "claim" for _, k in got[:-3])
    claims = [s for s, _ in got]
    assert (
        "“This story is based on assumptions from anonymous sources who are not part of the President’s national "
        "security team and are clearly not read into these discussions,” Leavitt said." in claims
    )
    assert "“We are confident that we can confront them, and that would be a big disaster for them.”" in claims
    assert "In an interview with the New York Post this week, though, he said that the U.S. would “probably” not need them unless circumstances change." in claims


# --------------------------------------------------------------------------- #
# Offsets: properties for any text
# --------------------------------------------------------------------------- #

_FRAGMENTS = [
    "U.S.", "Mr.", "Dr.", "J.", "a.m.", "etc.", "6.", "1", "2013", " ", "  ", "\n", "\n\n", "\t", ".", "..", "...",
    "…", "?", "!", "?!", '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "The", "the", "He", "troops", "Iran",
    "/", "AFP", "Getty Images", "via", "Reuters", "BRENDAN", "Anna", "Moneymaker", "By", "Updated:", "July",
    "12:30", "PM", "é", "Ω", "\u00a0", "\u2028", "\u3000", "—", "-", ",", ":", "(AP Photo", "Photo:", "©",
]

_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=4)), max_size=80).map("".join),
)


def _check_spans(text: str) -> None:
    spans = segment(text)
    covered = [0] * len(text)
    prev_end = 0
    for sp in spans:
        assert 0 <= sp.start < sp.end <= len(text)
        assert sp.start >= prev_end, "spans overlap or are out of order"
        piece = text[sp.start : sp.end]
        assert piece and piece == piece.strip()
        assert sp.kind in ("claim", "boilerplate")
        for i in range(sp.start, sp.end):
            covered[i] += 1
        prev_end = sp.end
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i] == 1, f"character {i} ({ch!r}) is not covered exactly once"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_spans_are_valid_for_any_text(text):
    _check_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t ",
        "." * 5000,
        "\n" * 2000,
        "U.S. " * 2000,
        "Mr. " * 2000,
        "a/AFP " * 500 + "Anna Moneymaker/Getty Images",
        "\ud800 lone surrogate. \udfff",
        "“" * 1000 + "…" * 1000,
        "Updated: " * 300,
        "12:30 PM July 2013 " * 300 + "End.",
    ],
)
def test_pathological_inputs_do_not_crash(text):
    _check_spans(text)


def test_segmenting_sixteen_thousand_sentences_keeps_every_one():
    # (how long it takes is measured by benchmarks/bench_loading.py)
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    text = "\n\n".join(articles * 280)
    spans = segment(text)
    assert len(spans) >= 16_000
