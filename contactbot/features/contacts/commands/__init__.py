"""``!contact`` and ``!support``."""
