"""Hand-labelled claim links for one held-out ECB+ story, for measuring the aligner as an analyst would.

Story: ECB+ cluster 2_ecbplus, "Ellen DeGeneres to host the 2014 Oscars" (2 August 2013). Four of its
articles, from four outlets, rebuilt from the corpus tarball at run time as the other benchmarks do
(headline, blank line, body; the texts are not kept in the repository):

    A = 2_2ecbplus.xml  (CNN)          B = 2_4ecbplus.xml  (The Hollywood Reporter)
    C = 2_8ecbplus.xml  (Reuters)      D = 2_9ecbplus.xml  (The Guardian)

Labelled by reading the four articles, before the aligner was ever run on them, each sentence (as the
program segments it) against every sentence of the other three. Each sentence is named by a phrase that
occurs in it once, as in tests/seed_gold.py. When the program later cut D's second sentence in two (a
headline glued to the lead with no full stop), its labels were carried over as for the training stories
(``train_gold.py``): to the part that says what each claim is about, both parts where both say it.

REQUIRED links: two sentences that state the same claim (an analyst expects one colour).
ACCEPTABLE links: partial overlaps, one sentence states part of the other (a headline and a lead that adds
to it, the two halves of one quote split into two sentences): not demanded, not an error when made.
Any other predicted link between two articles counts against precision.

ECB+ topics 1-5 are evaluation only: nothing is fitted or tuned on these labels.
"""

from __future__ import annotations

import sys
import tarfile
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_compare import xml_to_text  # noqa: E402
from seed_gold import score  # noqa: E402

FILES = ("2_2ecbplus.xml", "2_4ecbplus.xml", "2_8ecbplus.xml", "2_9ecbplus.xml")  # A, B, C, D


def _all_pairs(*refs: str) -> list[tuple[str, str]]:
    """Every pair of ``refs`` from different articles."""
    return [(a, b) for a, b in combinations(refs, 2) if a[0] != b[0]]


def _across(left: tuple[str, ...], right: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every pair of one of ``left`` with one of ``right`` from different articles."""
    return [(a, b) for a in left for b in right if a[0] != b[0]]


# Headlines and the plain "she will host this year's Oscars"
HEADLINES = ("A:to host 2014 Oscars", "B:Ellen DeGeneres to Host Oscars", "C:picked to host 2014 Oscars",
             "D:to host Oscars in 2014", "B:will host this year's Oscars")
# She will host for the second time
SECOND_TIME = ("A:asked her to do it twice", "B:her second appearance as the show's emcee",
               "C:will make her second appearance as an Academy Awards host", "D:This will be second time hosting",
               "D:The comedian Ellen DeGeneres announced")
# The tweet, first half ("It's official: I'm hosting the #Oscars!") and second half ("I'd like to thank ...")
TWEET_OFFICIAL = ("A:\"It's official", "B:announced the news Friday morning on Twitter",
                  "D:made the announcement on Twitter")
TWEET_THANKS = ("A:I'd like to thank", "B:I'd like to thank", "C:I'd like to thank", "D:I'd like to thank")
# The statement, first half ("I am so excited ...") and second half ("the third time's the charm")
EXCITED = ("A:I am so excited", "B:I am so excited", "C:I am so excited", "D:I am so excited")
CHARM = ("B:the third time's the charm", "C:the third time's the charm", "D:the third time's the charm")
# Hosted in 2007 and earned an Emmy nomination for it
EMMY_2007 = ("A:snagged an Emmy nod", "B:earned a Primetime Emmy nomination",
             "C:earned an Emmy nomination for her performance", "D:nominated for a Primetime Emmy")
# A gentler, safer choice after MacFarlane's criticised show
SAFER_CHOICE = ("B:Choosing DeGeneres", "C:Choosing DeGeneres", "D:She is a safe bet")
# She follows MacFarlane, whose show was criticised
FOLLOWS_MACFARLANE = ("A:follows Seth MacFarlane", "D:she follows a heavily criticised performance")

REQUIRED: list[tuple[str, str]] = [
    *_all_pairs(*HEADLINES),
    *_all_pairs(*SECOND_TIME),
    *_all_pairs(*TWEET_OFFICIAL),
    *_all_pairs(*TWEET_THANKS),
    *_all_pairs(*EXCITED),
    *_all_pairs(*CHARM),
    *_all_pairs(*EMMY_2007),
    *_all_pairs(*SAFER_CHOICE),
    *_all_pairs(*FOLLOWS_MACFARLANE),
    # producers Zadan and Meron: "We are thrilled to have Ellen DeGeneres host the Oscars."
    ("B:We are thrilled", "D:We are thrilled"),
    # praised as host of the Emmys after 9/11
    ("C:host of TV's Emmy awards in 2001", "D:two - time Emmy Awards host"),
]

ACCEPTABLE: list[tuple[str, str]] = [
    # hosting, and hosting for the second time
    *_across(HEADLINES, SECOND_TIME),
    *_across(("A:leads the Oscars ceremony next March",), HEADLINES + SECOND_TIME),
    # the tweet says she will host; its two halves; "DeGeneres tweeted Friday"
    *_across(TWEET_OFFICIAL, HEADLINES),
    *_across(TWEET_OFFICIAL, TWEET_THANKS),
    *_across(("A:DeGeneres tweeted Friday.",), TWEET_OFFICIAL + ("C:the comedian added on Twitter",)),
    *_across(("D:The comedian Ellen DeGeneres announced",), TWEET_OFFICIAL + ("A:DeGeneres tweeted Friday.",)),
    # the two halves of the statement
    *_across(EXCITED, CHARM),
    # hosted in 2007 (first time), or praised for it
    *_across(("C:first hosted the Oscars in 2007", "D:In 2007, she put the Oscars back"),
             EMMY_2007 + ("C:first hosted the Oscars in 2007",)),
    ("A:asked her to do it twice", "D:In 2007, she put the Oscars back"),
    # MacFarlane's criticised show, and the choice of DeGeneres after it
    *_across(SAFER_CHOICE + FOLLOWS_MACFARLANE + ("C:will make her second appearance as an Academy Awards host",
                                                    "D:This will be second time hosting",
                                                    "D:The comedian Ellen DeGeneres announced"),
             SAFER_CHOICE + FOLLOWS_MACFARLANE),
    # Cheryl Boone Isaacs, newly elected president of the Academy
    ("B:Newly elected Academy President Boone Isaacs", "C:Cheryl Boone Isaacs being elected"),
    # a history of well-received hosting (the Emmys after 9/11)
    ("C:host of TV's Emmy awards in 2001", "D:history of well - received hosting"),
]
# each pair once, and not when it is required
ACCEPTABLE = list({frozenset(pair): pair for pair in ACCEPTABLE if frozenset(pair) not in set(map(frozenset, REQUIRED))}
                  .values())


def story_paths(tarball: Path, folder: Path) -> list[str]:
    """The four articles rebuilt as text files in ``folder`` (loaded in this order they are A, B, C, D)."""
    wanted = {name: None for name in FILES}
    with tarfile.open(tarball) as tar:
        for member in tar:
            name = member.name.rsplit("/", 1)[-1]
            if name in wanted and member.isfile():
                wanted[name] = xml_to_text(tar.extractfile(member))
    missing = [name for name, text in wanted.items() if not text]
    if missing:
        raise ValueError(f"{tarball}: no article {', '.join(missing)}")
    paths = []
    for name, text in wanted.items():
        path = folder / (name.removesuffix(".xml") + ".txt")
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def story_score(tarball: Path, aligned) -> dict:
    """Score against the labels above: ``aligned(paths)`` returns the comparison of the rebuilt articles."""
    with tempfile.TemporaryDirectory() as tmp:
        comparison = aligned(story_paths(tarball, Path(tmp)))
        return score(comparison, REQUIRED, ACCEPTABLE)
