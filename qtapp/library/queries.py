"""The SELECTs behind ``Library.quotes.find()``: filters, ranking and paging as SQL, with no records attached.

Kept apart, importing nothing heavier than ``dialect`` (and ``search`` once something is typed), so
the command line's listing (``listing.py``) runs the very query the store runs, in the same order,
without loading the record classes. ``filters`` is both backends': a team library's quotes
(``postgres/quotes.py``) filter through it in the server's spelling.
"""

from __future__ import annotations

from qtapp.library.dialect import SQLITE

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from qtapp.library.dialect import Dialect

    Scalar = Callable[[str, tuple[Any, ...]], Any]

# Weights for bm25 over (exact, note, tags, attribution): words of the quote itself count most.
RANK = "bm25(quotes_fts, 8.0, 4.0, 2.0, 1.0)"
RANK_LIMIT = 15000
# The columns records are read from, in QuoteRecord's order (article_id becomes ``article``).
COLUMNS = ("id", "uuid", "article_id", "exact", "prefix", "suffix", "start", '"end"', "block_kind",
           "voice", "speaker", "note", "tags", "color", "attribution", "who", "created", "updated",
           "check_reason", "confirmed", "deleted_at", "voice_by")
# A quote whose derived attribution is a default the user has not confirmed (schema v5).
NEEDS_CHECK = "q.check_reason IS NOT NULL AND q.confirmed IS NULL"
SELECT = ", ".join(f"q.{column}" for column in COLUMNS)


def filters(search: str | None, article_id: int | None, tag: str | None, color: str | None,
            who: str | None, trash: bool, needs_check: bool = False, clipped_by: str | None = None,
            dialect: Dialect = SQLITE) -> tuple[list[str], list[Any], str | None]:
    """(WHERE terms, their parameters, the full-text query or None), in ``dialect``'s spelling: both
    backends' searches filter alike (a team library's ``clipped_by`` is its own)."""
    p = dialect.param
    where = ["q.deleted_at IS NOT NULL" if trash else "q.deleted_at IS NULL"]
    params: list[Any] = []
    match = None if trash else dialect.text_query(search)
    if match is not None:
        where.append(dialect.match)
        params.append(match)
    elif trash and search and search.strip():
        # The trash is not in the search index (schema v2); it is small, so a scan is fine.
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(f"({dialect.contains.format('q.exact')} OR {dialect.contains.format('q.note')})")
        params += [pattern, pattern]
    if article_id is not None:
        where.append(f"q.article_id = {p}")
        params.append(article_id)
    if tag:
        where.append(f"q.id IN (SELECT quote_id FROM quote_tags WHERE {dialect.same_text.format('tag')})")
        params.append(" ".join(tag.split()))
    if color:
        where.append(f"q.color = {p}")
        params.append(color)
    if who:
        where.append(dialect.same_text.format("q.who"))
        params.append(who)
    if needs_check:
        where.append(NEEDS_CHECK)
    if clipped_by:
        where.append(f"q.clipped_by = {p}")
        params.append(clipped_by)
    return where, params, match


def select(scalar: Scalar, search: str | None = None, article_id: int | None = None,
           tag: str | None = None, color: str | None = None, who: str | None = None,
           limit: int | None = None, offset: int = 0, trash: bool = False, newest_first: bool = False,
           columns: str = SELECT, needs_check: bool = False) -> tuple[str, list[Any]] | None:
    """The SELECT of ``columns`` for these filters, or None when nothing can match.

    ``scalar(sql, params)`` answers one question first: whether the search is narrow enough to rank.
    A word found in more than ``RANK_LIMIT`` quotes says little about any one of them, and ranking them
    all would cost more than a keystroke may; such searches list newest first instead.
    """
    where, params, match = filters(search, article_id, tag, color, who, trash, needs_check)
    if match is None and search and search.strip() and not trash:
        return None
    page = " LIMIT ? OFFSET ?" if limit is not None or offset else ""
    paging = [-1 if limit is None else limit, offset] if page else []
    if match is None:
        order = "q.created DESC, q.id DESC" if newest_first else "q.id"
        return f"SELECT {columns} FROM quotes q WHERE {' AND '.join(where)} ORDER BY {order}{page}", \
            params + paging
    ranked = scalar("SELECT COUNT(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
                    (match, RANK_LIMIT + 1)) <= RANK_LIMIT
    inner, outer = (RANK, "hit.score, q.id") if ranked else ("rowid DESC", "q.id DESC")
    if len(where) == 2:  # only the search: rank inside the index, then read just one page of rows
        return (f"SELECT {columns} FROM (SELECT rowid AS id, {RANK if ranked else 0} AS score "
                f"FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY {inner}{page}) AS hit "
                f"JOIN quotes q ON q.id = hit.id ORDER BY {outer}"), [match] + paging
    order = f"{RANK}, q.id" if ranked else "q.id DESC"
    return (f"SELECT {columns} FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY {order}{page}"), params + paging


def count(search: str | None = None, article_id: int | None = None, tag: str | None = None,
          color: str | None = None, who: str | None = None,
          trash: bool = False, needs_check: bool = False) -> tuple[str, list[Any]] | None:
    """The SELECT COUNT(*) of what ``select`` lists for these filters, or None when nothing can match."""
    where, params, match = filters(search, article_id, tag, color, who, trash, needs_check)
    if match is None and search and search.strip() and not trash:
        return None
    if match is not None and len(where) == 2:  # only the search: the index holds just the live quotes
        return "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH ?", [match]
    source = "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid" if match else "quotes q"
    return f"SELECT COUNT(*) FROM {source} WHERE {' AND '.join(where)}", params
