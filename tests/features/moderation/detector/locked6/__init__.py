"""locked6: an independently written locked test set for the moderation detector."""
