"""contactbot: room contacts and profile-status moderation for Matrix."""

__version__ = "0.1.0"
