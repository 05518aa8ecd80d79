"""Core services: inbox processing, rooms, access, rate limits, and the homeserver seam.
No HTTP, no SQL; storage and gateways are passed in."""
