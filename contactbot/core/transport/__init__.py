"""Core transport: the appservice HTTP API, the inbox worker and the homeserver client."""
