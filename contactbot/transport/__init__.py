"""Transport: the appservice HTTP API, the homeserver client, and outbound fetches."""
