"""Rules of status history: tracking, scheduling polls, the sync fast path."""
