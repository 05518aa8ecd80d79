"""Domain values and rules: pure, no I/O; every layer may import them."""
