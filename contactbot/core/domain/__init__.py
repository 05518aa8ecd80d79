"""Core domain values: pure, no I/O; every layer and every feature may import them."""
