"""Commands: analyze (being built)."""

commands: list = []
