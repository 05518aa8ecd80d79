"""Hand-written validation set of Matrix profile statuses for the moderation detector."""
