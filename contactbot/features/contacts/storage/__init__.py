"""Tables and SQL of room contacts and the support cache."""
