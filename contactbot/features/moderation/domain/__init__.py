"""Values and rules of the flag workflow: flags, severities, review outcomes and policy rules."""
