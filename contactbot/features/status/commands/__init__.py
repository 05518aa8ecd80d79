"""``!status``."""
