"""Outbound fetches of ``/.well-known/matrix/support``."""
