"""Locked held-out moderation test set locked9 (independent author, never tune on it)."""
