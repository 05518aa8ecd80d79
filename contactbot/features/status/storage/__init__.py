"""Tables and SQL of status history."""
