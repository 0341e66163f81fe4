"""akhbar.cli: the `akhbar` command line: argparse, the SQL shell and its output formats, the Prefect runtime a command starts."""
