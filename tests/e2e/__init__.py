"""End-to-end tests: the real bot process against a real Synapse (``pytest -m e2e``)."""
