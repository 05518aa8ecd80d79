"""The learned scoring stage: a linear model over character and word n-grams of the normalised
text, shipped in this package (``weights.tsv.gz``) and rebuilt by ``training/train_model.py``.
"""

from __future__ import annotations

from .scorer import LinearScorer, features, load_scorer

__all__ = ["LinearScorer", "features", "load_scorer"]
