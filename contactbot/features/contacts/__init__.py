"""Room contacts (MSC4489) and homeserver support documents (MSC1929)."""
