"""Commands: db (being built)."""

commands: list = []
