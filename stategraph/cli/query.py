"""Commands: query (being built)."""

commands: list = []
