"""The command line: ``quoteclip [FILE]`` opens the window, subcommands work on the same core.

Imports are deferred to the branch that needs them, so ``quoteclip parse`` never loads Qt and the
window never loads export or citation code.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from qtapp import __version__
from qtapp.errors import UserError
from qtapp.quote_link import is_quote_link, quote_id

SUBCOMMANDS = ("parse", "quotes", "articles", "library", "team")


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteclip", description="Read articles and save quotes "
                                     "with correct attribution.",
                                     epilog="Subcommands: quoteclip parse|quotes|articles|library|team --help")
    parser.add_argument("file", nargs="?", help="article file or http(s) URL to open (default: the last one, "
                        "else the seed), or a quoteclip://quote/ID link to a saved quote")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window once, write a PNG, exit")
    parser.add_argument("--library", metavar="PATH", help="library file, or a team library's PostgreSQL address "
                        "(postgresql://USER@HOST/DB, service=NAME); also QUOTECLIP_LIBRARY")
    parser.add_argument("--version", action="version", version=f"quoteclip {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop-entry", action="store_true",
                         help="add QuoteClip to the desktop's application menu (in $XDG_DATA_HOME) and exit")
    desktop.add_argument("--uninstall-desktop-entry", action="store_true",
                         help="remove what --install-desktop-entry added and exit")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteclip")
    parser.add_argument("--library", metavar="PATH", help="library file, or a team library's PostgreSQL address "
                        "(postgresql://USER@HOST/DB, service=NAME); also QUOTECLIP_LIBRARY")
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="parse an article and print its structure")
    parse.add_argument("file", help="article file, or an http(s) URL to fetch once")
    parse.add_argument("--json", action="store_true", help="print the article as JSON")
    parse.add_argument("--explain", action="store_true", help="also say which reading rule found each field")

    quotes = commands.add_parser("quotes", help="add, list, cite, export and import quotes")
    qcmd = quotes.add_subparsers(dest="action", required=True)
    add = qcmd.add_parser("add", help="save a passage of FILE as a quote")
    add.add_argument("file")
    add.add_argument("--text", required=True, help="the exact passage")
    add.add_argument("--occurrence", type=int, help="which occurrence, from 1, when the text repeats")
    add.add_argument("--note", default="")
    add.add_argument("--tag", action="append", default=[], dest="tags")
    add.add_argument("--color")
    lst = qcmd.add_parser("list", help="list saved quotes")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--search", metavar="Q")
    lst.add_argument("--article", type=int, metavar="ID")
    shown = lst.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=_count, metavar="N",
                       help="list at most N quotes (the table's default: 50; --json lists all)")
    shown.add_argument("--all", action="store_true", help="list every quote")
    exp = qcmd.add_parser("export", help="export quotes", epilog="CSV: a cell beginning with = + - @, a tab "
                          "or a carriage return gets a leading ' so spreadsheets show it as text, not a formula")
    from qtapp.library.exporters.formats import KEYS

    exp.add_argument("--format", required=True, choices=KEYS)
    exp.add_argument("-o", "--output", metavar="FILE")
    exp.add_argument("--per-article", action="store_true",
                     help="md only: one Obsidian note per article in the folder -o names (made if missing)")
    exp.add_argument("--article", type=int, metavar="ID")
    exp.add_argument("--style", help="md, csl-json: the citation style (default apa)")
    exp.add_argument("--template", metavar="FILE", help="md only: a Jinja2 template for each note (see Help)")
    exp.add_argument("--creator", metavar="NAME", help="w3c, hypothesis: your name as the annotations' creator")
    exp.add_argument("--file-targets", action="store_true",
                     help="w3c, hypothesis: an article without a URL targets its file (a path on this computer)")
    cite = qcmd.add_parser("cite", help="print a quote with its citation")
    cite.add_argument("id", type=int)
    cite.add_argument("--style", default="apa")
    imp = qcmd.add_parser("import", help="import quotes: a JSON backup, Kindle clippings, Readwise CSV, "
                          "Hypothesis or W3C annotations, Zotero RIS", epilog="Without --format the format is "
                          "told from the file's content. Quotes whose article text is not in the file go to a "
                          "stub article, marked as such, until the article itself is opened.")
    imp.add_argument("file")
    imp.add_argument("--format", choices=["json", "kindle", "readwise", "hypothesis", "ris", "w3c"],
                     help="the file's format (default: detected)")

    articles = commands.add_parser("articles", help="list articles and correct their details")
    acmd = articles.add_subparsers(dest="action", required=True)
    alist = acmd.add_parser("list")
    alist.add_argument("--json", action="store_true")
    edit = acmd.add_parser("edit", help="correct an article's details")
    edit.add_argument("id", type=int)
    for flag in ("--title", "--date", "--url", "--publisher", "--reprinted-by",
                 "--author-family", "--author-given"):
        edit.add_argument(flag)
    edit.add_argument("--family-first", choices=["yes", "no"])

    library = commands.add_parser("library", help="look after the library file")
    lcmd = library.add_subparsers(dest="action", required=True)
    again = lcmd.add_parser("rederive", help="re-read articles the current reading rules have not read, "
                            "and bring their quotes' attributions along (the window does this on open)")
    again.add_argument("--json", action="store_true", help="print what changed as JSON")

    team = commands.add_parser("team", help="set up a team library on a PostgreSQL server")
    tcmd = team.add_subparsers(dest="action", required=True)
    init = tcmd.add_parser("init", help="create or upgrade the schema, the team's roles and their rules")
    init.add_argument("uri", nargs="?", help="the server's address (default: --library)")
    member = tcmd.add_parser("add-member", help="let a database role into the team (of --library)")
    member.add_argument("name")
    rights = member.add_mutually_exclusive_group()
    rights.add_argument("--editor", action="store_true", help="may edit and delete anyone's quotes")
    rights.add_argument("--read-only", action="store_true", help="may read, not save")
    return parser


def _count(text: str) -> int:
    """A positive whole number, for --limit."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of quotes, 1 or more, not {text!r}")
    return int(text)


def _local_file(file: str | None) -> str | None:
    """A ``file://`` URL (what the desktop passes for ``%u``) as its path; anything else as given."""
    if file and file[:7].lower() == "file://":
        from urllib.parse import unquote, urlsplit

        return unquote(urlsplit(file).path) or file
    return file


def check_quote_link(link: str) -> None:
    """A UserError unless ``link`` names a quote in the library that is not in the trash."""
    from qtapp.library import opening

    ident = quote_id(link)
    with opening.open_for_reading() as library:
        record = library.quotes.get(ident)
    if record.deleted_at is not None:
        raise UserError(f"quote {ident} was deleted: only Undo in the window that deleted it brings it back")


def _is_subcommand(argv: Sequence[str]) -> bool:
    args = list(argv)
    while args and args[0] == "--library":
        args = args[2:]
    args = [a for a in args if not a.startswith("--library=")]
    return bool(args) and args[0] in SUBCOMMANDS


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "parse" or (args.command == "quotes" and args.action == "list"):
        return _dispatch(args)  # these never write: no need to load the library's connection module
    from qtapp.library import backup_policy

    # No daily snapshot on the command line's writes: copying a 1 GB library made the day's first
    # one-quote save take 5 s. The window takes it at its next start, off its thread (a day's
    # command-line saves and imports only add; migrations still snapshot first, always).
    before, backup_policy.DAILY_ON_WRITE = backup_policy.DAILY_ON_WRITE, False
    try:
        return _dispatch(args)
    finally:
        backup_policy.DAILY_ON_WRITE = before


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "parse":
        from qtapp.commands.parse import run
    elif args.command == "quotes" and args.action in ("export", "cite", "import"):
        from qtapp.commands.export import run
    elif args.command == "quotes":
        from qtapp.commands.quotes import run
    elif args.command == "library":
        from qtapp.commands.library import run
    elif args.command == "team":
        from qtapp.commands.team import run
    else:
        from qtapp.commands.articles import run
    exporting = args.command == "quotes" and args.action == "export" and not sys.stdout.isatty()
    if exporting:  # a piped export is the data itself, byte for byte
        return run(args)
    from qtapp.commands.terminal import VisibleText

    stdout = sys.stdout
    sys.stdout = VisibleText(stdout)
    try:
        return run(args)
    finally:
        sys.stdout = stdout


def _begin_early_read() -> None:
    """For a team library, start its reader process now, before Qt loads (``early_read.py``)."""
    from qtapp.library.postgres.target import is_team_library
    from qtapp.paths import library_file

    chosen = library_file()
    if is_team_library(chosen):
        from qtapp.library.postgres.early_read import begin

        begin(chosen)


def entry() -> int:
    """The ``quoteclip`` program (console script, ``python -m qtapp``): ``main`` owning its process."""
    return main(own_process=True)


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run the command in ``argv``; ``own_process`` lets the window tune the interpreter for start-up
    (tests call ``main`` inside their own process and leave it as it is)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if _is_subcommand(argv):
            args = _command_parser().parse_args(argv)
        else:
            args = _window_parser().parse_args(argv)
        if args.library:
            from qtapp.paths import set_library_override

            set_library_override(args.library)
        if _is_subcommand(argv):
            return _run_command(args)
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            from qtapp import desktop_entry

            if args.install_desktop_entry:
                desktop_entry.install()
            else:
                desktop_entry.uninstall()
            return 0
        if own_process:
            gc.disable()  # until the window is painted: see qtapp.ui.app.settle_collection
        file = _local_file(args.file)
        if file and is_quote_link(file):
            check_quote_link(file)  # a bad or missing quote is said here, before any window
        elif file and file.lstrip()[:8].lower().startswith(("http://", "https://")):
            from qtapp import paths
            from qtapp.article.fetching import open_url

            # Fetched and kept here, so a failure prints on the command line.
            file = str(open_url(file, paths.data_dir() / "pages"))
        if own_process:  # a team library's first page is read while the window builds
            _begin_early_read()
        from qtapp.ui.app import run_window

        return run_window(file, screenshot=args.screenshot, own_process=own_process)
    except UserError as error:
        from qtapp.commands.terminal import visible

        print(visible(f"quoteclip: {error}"), file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return 0
