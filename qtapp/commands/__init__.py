"""One module per command-line subcommand; each exposes ``run(args) -> exit status``."""
