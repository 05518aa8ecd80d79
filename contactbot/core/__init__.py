"""The core every feature builds on: appservice transport, the durable inbox, rooms and
access, commands, the database. Core never imports a feature."""
