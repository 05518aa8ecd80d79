"""Locked held-out test set 14 for the status-text moderation detector."""
