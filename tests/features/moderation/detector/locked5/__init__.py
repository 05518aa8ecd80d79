"""locked5: an independent held-out test set of profile statuses for the moderation detector."""
