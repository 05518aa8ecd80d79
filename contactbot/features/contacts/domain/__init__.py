"""Pure values and rules of MSC4489 contacts and MSC1929 support documents."""
