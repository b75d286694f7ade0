"""Commands: exchange (being built)."""

commands: list = []
