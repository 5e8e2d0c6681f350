"""The story gate: articles of different stories compared together share no claims."""

from __future__ import annotations

import dataclasses

from analyst_tui.core.align import Engine, align, engine
from analyst_tui.core.compare import sentences_of
from analyst_tui.core.model import Article, article_label

RIOT_1 = ("Rioters set fire to a bank in central Athens on Wednesday as a general strike against austerity cuts "
          "paralysed Greece. Three bank employees died in the blaze on Stadiou Street, police said. "
          "Several people were injured and were treated in a nearby hospital. "
          "Protesters hurled petrol bombs at riot police outside the Greek parliament.")
RIOT_2 = ("Three employees of a bank in Athens were killed when protesters threw petrol bombs into the building on "
          "Stadiou Street. Several people were injured and were treated in a nearby hospital. "
          "The general strike against the austerity cuts brought Greece to a halt. "
          "Riot police fired tear gas at protesters near the Greek parliament.")
QUAKE_1 = ("A magnitude 6.1 earthquake struck the Indonesian province of Aceh on Tuesday, killing at least five "
           "people in the district of Bener Meriah. Several people were injured and were treated in a nearby hospital. "
           "Landslides blocked roads to the villages around Takengon, rescuers said.")
QUAKE_2 = ("The 6.1 magnitude quake hit Aceh province on Tuesday afternoon and killed five people in Bener Meriah "
           "district. Several people were injured and were treated in a nearby hospital. "
           "Rescuers said landslides cut the roads to villages near Takengon.")


def _sentences(*texts: str):
    arts = [Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate(texts)]
    return {a.id: sentences_of(a) for a in arts}


def _story_links(claims, story):
    """(links within one story, links across stories) between members of different articles."""
    within = across = 0
    for c in claims:
        arts = sorted({m.article for m in c.members})
        for x in range(len(arts)):
            for y in range(x + 1, len(arts)):
                if story[arts[x]] == story[arts[y]]:
                    within += 1
                else:
                    across += 1
    return within, across


def test_a_sentence_two_stories_both_report_links_only_within_each_story():
    sentences = _sentences(RIOT_1, RIOT_2, QUAKE_1, QUAKE_2)
    story = {"A": "riot", "B": "riot", "C": "quake", "D": "quake"}
    eng = engine()
    within, across = _story_links(align(sentences, eng), story)
    assert across == 0
    assert within >= 4  # the riot's and the quake's own claims still link
    # The same sentence models without the gate link the two stories: the gate is what keeps them apart.
    ungated = Engine(eng.vectors, dataclasses.replace(eng.params, story_min=0.0))
    assert _story_links(align(sentences, ungated), story)[1] > 0


def test_two_articles_of_one_story_compared_alone_still_link():
    claims = align(_sentences(QUAKE_1, QUAKE_2))
    assert any(c.is_shared and {m.article for m in c.members} == {"A", "B"} for c in claims)
    claims = align(_sentences(RIOT_1, RIOT_2))
    assert sum(1 for c in claims if c.is_shared) >= 3


def test_two_copies_of_one_agency_report_split_off_their_story_still_link_to_it():
    import numpy as np

    from analyst_tui.core.align.stories import COPY, allowed_pairs

    # Articles 0-3 are one story; 4 and 5 are one agency report printed twice, closer to each other
    # than to the rest, so the grouping made them a story of their own; their closest article is 1.
    sim = np.full((6, 6), 0.1)
    sim[:4, :4] = 0.6
    sim[4:, 1] = sim[1, 4:] = 0.3
    sim[4, 5] = sim[5, 4] = 0.99
    label = np.array([0, 0, 0, 0, 4, 4])
    ok = allowed_pairs(sim, label)
    assert ok[4, 0] and ok[5, 3] and ok[0, 5] and ok[4, 5]
    # Two different reports that happen to be close are a story of their own, as before.
    sim[4, 5] = sim[5, 4] = COPY - 0.1
    ok = allowed_pairs(sim, label)
    assert ok[4, 5] and not ok[4, :4].any() and not ok[5, :4].any()


def test_articles_of_two_stories_are_told_apart_in_the_comparison_its_outputs_and_the_json():
    import json

    from analyst_tui.core import report
    from analyst_tui.core.compare import build_comparison

    arts = [Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate((RIOT_1, QUAKE_1, RIOT_2, QUAKE_2))]
    comp = build_comparison(arts)
    assert comp.stories == [["A", "C"], ["B", "D"]]
    note = ("These articles read as 2 different stories (A C | B D): claims are matched within each story only "
            "(--one-story, or M (\"Match as one story\") in the app, matches them as one).")
    assert comp.stories_note() == note
    assert json.loads(report.to_json(comp))["stories"] == [["A", "C"], ["B", "D"]]
    assert note in report.to_table(comp, width=160)
    assert f"**{note}**" in report.to_markdown(comp).replace("\\", "")
    one = build_comparison(arts[:1] + arts[2:3])  # the riot's two reports: one story
    assert one.stories == [] and one.stories_note() is None
    assert json.loads(report.to_json(one))["stories"] == []


def test_the_analyst_may_say_the_articles_are_one_story(tmp_path, capsys):
    import json

    from analyst_tui.cli import main
    from analyst_tui.core.compare import build_comparison

    texts = (RIOT_1, QUAKE_1, RIOT_2, QUAKE_2)
    arts = [Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate(texts)]
    one = build_comparison(arts, one_story=True)
    assert one.stories == [] and one.stories_note() is None
    story = {"A": "riot", "B": "quake", "C": "riot", "D": "quake"}
    # the gate no longer keeps them apart ("treated in a nearby hospital" is in all four)
    assert _story_links(one.claims, story)[1] > 0
    assert _story_links(build_comparison(arts).claims, story)[1] == 0
    # the same from the command line, where the note says how
    for i, t in enumerate(texts):
        (tmp_path / f"{'ABCD'[i]}.txt").write_text(t, encoding="utf-8")
    files = [str(tmp_path / f"{x}.txt") for x in "ABCD"]
    assert main(["compare", *files, "--format", "table"]) == 0
    assert '(--one-story, or M ("Match as one story") in the app, matches them as one)' in capsys.readouterr().out
    assert main(["compare", "--one-story", *files, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stories"] == []
    assert any({m["article"] for m in c["members"]} >= {"A", "B"} for c in data["claims"])
    for flag, stories in (([], [["A", "C"], ["B", "D"]]), (["--one-story"], [])):  # the report matches them as told too
        assert main(["report", *flag, *files, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["stories"] == stories


def _story_groups_by_whole_matrix(sim, story_min):
    """The average linkage as first written: the best pair searched in the whole matrix at each merge."""
    import numpy as np

    n = len(sim)
    m = sim.astype(np.float64)
    np.fill_diagonal(m, -1.0)
    size, label = np.ones(n), np.arange(n)
    while n > 1:
        a, b = divmod(int(np.argmax(m)), n)
        if m[a, b] < story_min:
            break
        row = (m[a] * size[a] + m[b] * size[b]) / (size[a] + size[b])
        m[a] = row
        m[:, a] = row
        m[a, a] = m[b] = m[:, b] = -1.0
        size[a] += size[b]
        label[label == b] = a
    return label


def test_story_groups_are_those_of_searching_the_whole_matrix_ties_included():
    import numpy as np

    from analyst_tui.core.align.stories import story_groups

    rng = np.random.default_rng(3)
    for trial in range(300):
        n = int(rng.integers(0, 40))
        if trial % 2:  # few distinct values: many ties
            x = rng.integers(0, 5, size=(n, n)).astype(np.float32) / 5
            x = (x + x.T) / 2
        else:
            v = rng.random((n, 6)).astype(np.float32)
            v /= np.maximum(np.linalg.norm(v, axis=1)[:, None], 1e-9)
            x = v @ v.T
        for story_min in (0.2, 0.5, 0.8, 0.95):
            assert story_groups(x, story_min).tolist() == _story_groups_by_whole_matrix(x, story_min).tolist()
