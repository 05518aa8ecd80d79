"""Locked held-out moderation test set 15 (hand-written, independent)."""
