"""Rules of flagging and review."""
