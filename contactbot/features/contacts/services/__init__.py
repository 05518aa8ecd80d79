"""Rules of room contacts and support lookups."""
