"""Handlers: turn routed events and commands into service calls and replies."""
