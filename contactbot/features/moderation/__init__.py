"""Moderation of statuses and display names: the detector, flags, review, policy lists."""
