"""The command framework and the commands themselves."""
