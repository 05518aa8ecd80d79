"""Tables and SQL of flags, the audit log and cached policy rules."""
