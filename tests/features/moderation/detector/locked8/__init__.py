"""Locked test set locked8 for the moderation detector (hand-written, never tuned on)."""
