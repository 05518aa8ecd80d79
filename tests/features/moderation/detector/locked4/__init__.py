"""locked4: the fourth locked test set for the moderation detector (see make_locked4.py).

Written 2026-12-05 by an author independent of the detector's tuners. Never train or tune
on it.
"""
