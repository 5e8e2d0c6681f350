"""The fitted model file: feature coefficients and thresholds, read once.

``analyst_tui/data/align_model.json`` is written by ``benchmarks/fit_engine.py``
and records, for the engine with word vectors ("semantic") and without them
("lexical"): the feature names, the coefficients of the claim model (fitted on
ECB+ topics 6-45) and of the paraphrase model (fitted on the MSRP training
file), the link thresholds, the clustering thresholds, the data used and the
command that wrote it. Nothing in the engine is set by hand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

MODEL_FILE = "align_model.json"


def logit(p: float) -> float:
    p = min(max(p, 1e-9), 1.0 - 1e-9)
    return math.log(p / (1.0 - p))


def logistic(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Logistic:
    """A logistic model over named features."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    bias: float

    def z(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * f for w, f in zip(self.coef, features))

    @classmethod
    def from_json(cls, names: Sequence[str], d: dict) -> "Logistic":
        coef = d["coef"]
        if set(coef) != set(names):
            raise ValueError("model file: coefficients do not match the feature names")
        return cls(tuple(names), tuple(float(coef[n]) for n in names), float(d["bias"]))


@dataclass(frozen=True, slots=True)
class Params:
    """Everything the engine needs from the model file, for one feature set."""

    features: tuple[str, ...]
    claim: Logistic  # one sentence states a claim the other contains (partial overlap counts)
    paraphrase: Logistic  # the two sentences say the same thing
    claim_threshold: float  # probability at which the claim model links
    paraphrase_threshold: float  # probability at which the paraphrase model links
    merge_mean: float  # clustering: mean of each member's best match into the claim's other articles
    merge_min: float  # and the weakest of those
    second_threshold: float  # a sentence joins a further claim on a link this strong
    second_min: float  # matching every member of that claim from other articles this well
    min_contain: float  # candidates: share of the lighter sentence's weight a pair must share
    weak_weight: float  # idf factor of reporting words ("said", "officials")
    posting_cap: int  # a stem in more sentences than this proposes no pairs (a speed bound)
    quote_grams: int  # or this many shared four-word runs
    max_claims: int  # claims one sentence may join
    figure_gate: int = 0  # candidates: figures each sentence lacks that make two sentences different facts (0: off)
    story_min: float = 0.0  # story gate: mean cosine at which article groups stop merging (0: no gate)
    story_power: float = 1.0  # story gate: power of idf in the article vectors
    lead_sentences: int = 0  # candidates: the first this many sentences of two articles of one story are always scored

    def link_score(self, features: Sequence[float]) -> float:
        """0..1, 0.5 at whichever model's threshold is reached first: the pair states one claim above 0.5."""
        zc = self.claim.z(features) - logit(self.claim_threshold)
        zp = self.paraphrase.z(features) - logit(self.paraphrase_threshold)
        return logistic(zc if zc > zp else zp)

    def link_scores(self, features: np.ndarray) -> np.ndarray:
        """``link_score`` of each row of a pairs x features matrix."""
        if not len(features):
            return np.zeros(0)
        zc = features @ np.asarray(self.claim.coef) + (self.claim.bias - logit(self.claim_threshold))
        zp = features @ np.asarray(self.paraphrase.coef) + (self.paraphrase.bias - logit(self.paraphrase_threshold))
        return 1.0 / (1.0 + np.exp(-np.clip(np.maximum(zc, zp), -30, 30)))


def params_from(data: dict, kind: str) -> Params:
    names = tuple(data["features"][kind])
    m = data["models"][kind]
    c = data["constants"]
    return Params(
        names,
        Logistic.from_json(names, m["claim"]),
        Logistic.from_json(names, m["paraphrase"]),
        float(m["claim_threshold"]),
        float(m["paraphrase_threshold"]),
        float(m["merge_mean"]),
        float(m["merge_min"]),
        float(m["second_threshold"]),
        float(m["second_min"]),
        float(m["min_contain"]),
        float(m["weak_weight"]),
        int(c["posting_cap"]),
        int(c["quote_grams"]),
        int(c["max_claims"]),
        int(c.get("figure_gate", 0)),
        float(m.get("story_min", 0.0)),
        float(m.get("story_power", 1.0)),
        int(c.get("lead_sentences", 0)),
    )


@lru_cache(maxsize=1)
def model_file() -> dict:
    """The shipped model file, parsed."""
    text = resources.files("analyst_tui").joinpath("data", MODEL_FILE).read_text("utf-8")
    return json.loads(text)


def vector_source() -> str:
    """The packaged word vectors the semantic model was fitted with (see ``vectors.SOURCES``)."""
    return str(model_file()["vectors"])


@lru_cache(maxsize=1)
def story_background() -> tuple[int, dict[str, int]]:
    """(articles, article count of each stem) of the training articles, for the story gate's idf."""
    bg = model_file().get("story_background") or {"documents": 0, "df": {}}
    return int(bg["documents"]), bg["df"]


@lru_cache(maxsize=2)
def load(kind: str) -> Params:
    """Parameters for ``kind`` ("semantic" with word vectors, "lexical" without)."""
    return params_from(model_file(), kind)
