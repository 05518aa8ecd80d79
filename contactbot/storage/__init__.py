"""Storage: every SQL statement of contactbot lives in this package."""
