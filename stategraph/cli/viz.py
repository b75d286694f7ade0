"""Commands: viz (being built)."""

commands: list = []
