"""Commands: load (being built)."""

commands: list = []
