"""valset2: independently written validation set for the status-text detector."""
