from stategraph.cli.main import cli

cli(prog_name="stategraph")
