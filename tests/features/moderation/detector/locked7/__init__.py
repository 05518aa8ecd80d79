"""The seventh locked test set for the moderation detector; never train or tune on it."""
