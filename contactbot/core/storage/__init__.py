"""Core storage: the engine, migrations, the embedded server, and the inbox and room tables.
All SQL of the core lives here."""
