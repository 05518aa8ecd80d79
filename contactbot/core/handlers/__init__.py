"""Core handlers: routing inbox events to features, the command framework and ``!help``."""
