"""Features: each package holds one capability whole (domain, storage, services, commands,
migrations, wiring). Features import the core, never each other."""
