"""``!flags`` and ``!flag``."""
