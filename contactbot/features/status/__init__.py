"""Profile-status history (MSC4426): polling, the MSC4429 fast path, ``!status``."""
