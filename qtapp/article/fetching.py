"""Fetching a page the user asked for by URL: one GET, nothing else.

QuoteClip never makes a request on its own; this runs only for a URL the user typed (File → Open URL…,
`quoteclip URL`, `quoteclip parse URL`). It fetches the page itself and nothing it refers to (no
scripts, images or styles: the reader needs the text), keeps no cookies, follows a few redirects
between http(s) addresses only, and gives up after a timeout or past a size cap, with a message that
says which. The page is then read as a saved page would be, and saved beside the clippings with the
address it came from, so it reopens from Recent without another request.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from qtapp import __version__
from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.translatable import N_

TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024  # a news page is well under 2 MB; more is not an article
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = f"QuoteClip/{__version__} (desktop reader; fetches one page when its user asks)"


@dataclass(frozen=True)
class Fetched:
    """What the server sent: the address it ended at, its media type and the body's bytes."""

    url: str
    content_type: str
    data: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type != "text/plain"


def is_url(text: str) -> bool:
    """An address the user typed for the web, not a file name ("http://…" or "https://…")."""
    return bool(re.match(r"(?i)https?://[^\s/]", text.strip()))


def check_url(text: str) -> str:
    """The address, tidied; a UserError says why one cannot be fetched."""
    url = text.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UserError(N_("Article", "{url}: only http:// and https:// addresses can be opened").format(url=url))
    if not parts.hostname:
        raise UserError(N_("Article", "{url}: the address has no host name").format(url=url))
    return url


class _Redirects(urllib.request.HTTPRedirectHandler):
    """A few redirects, to http(s) addresses only (never file:, ftp: or anything else)."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: object, code: int, msg: str,
                         headers: Message, newurl: str) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise UserError(N_("Article", "the page redirected to {newurl}, which is not a web address")
                            .format(newurl=newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _opener() -> urllib.request.OpenerDirector:
    # build_opener adds no cookie processor: nothing a server sets is kept or sent back.
    return urllib.request.build_opener(_Redirects())


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET ``url`` and return its body; raises UserError with the reason (network, status, type, size)."""
    url = check_url(url)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"})
    try:
        with _opener().open(request, timeout=timeout) as response:
            media = response.headers.get_content_type()
            if media not in ACCEPTED_TYPES:
                raise UserError(N_("Article", "{url} is not a web page ({media}): QuoteClip reads HTML and "
                                              "plain text")
                                .format(url=url, media=media))
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise UserError(N_("Article", "{url} is larger than {megabytes} MB: too big to be an article")
                                .format(url=url, megabytes=max_bytes // 2**20))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise UserError(N_("Article", "{url} is larger than {megabytes} MB: too big to be an article")
                                .format(url=url, megabytes=max_bytes // 2**20))
            final = response.geturl()
    except UserError:
        raise
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400:  # urllib refuses a loop, a sixth hop, or a non-http(s) target
            raise UserError(N_("Article", "{url}: not followed: the page redirected in a loop, too often, or "
                                          "to something that is not a web address ({reason})")
                            .format(url=url, reason=error.reason)) from error
        raise UserError(N_("Article", "{url}: the server answered {code} {reason}")
                        .format(url=url, code=error.code, reason=error.reason)) from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, UserError):
            raise reason from error
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise UserError(N_("Article", "{url}: no answer within {timeout:g} seconds")
                            .format(url=url, timeout=timeout)) from error
        raise UserError(N_("Article", "{url}: cannot reach it ({reason})").format(url=url, reason=reason)) from error
    except TimeoutError as error:
        raise UserError(N_("Article", "{url}: no answer within {timeout:g} seconds")
                        .format(url=url, timeout=timeout)) from error
    except OSError as error:
        raise UserError(N_("Article", "{url}: the connection failed ({error})").format(url=url, error=error)) from error
    if not data.strip():
        raise UserError(N_("Article", "{url}: the page is empty").format(url=url))
    return Fetched(final, media, data)


def saved_from_comment(url: str) -> bytes:
    """The "saved from url" mark browsers put at the top of a saved page: how the address stays with it."""
    return f"<!-- saved from url=({len(url):04d}){url} -->\n".encode()


def save_fetched(page: Fetched, folder: Path, now: dt.datetime | None = None) -> Path:
    """Keep the fetched page as a file (readable by its user only), marked with the address it came from."""
    from qtapp.paths import private_folder

    private_folder(folder)  # 0700, like the clippings: what a user reads is nobody else's business
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", urllib.parse.urlsplit(page.url).hostname or "page")[:60]
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    suffix = ".html" if page.is_html else ".txt"
    path = folder / f"{stamp}-{host}{suffix}"
    body = saved_from_comment(page.url) + page.data if page.is_html else page.data
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(body)
    return path


def read_fetched(page: Fetched) -> tuple[Article, str]:
    """The fetched page read as a saved page (its JSON-LD and og: tags first); its URL is its canonical
    address when it names one, else the address the request ended at."""
    from qtapp.article.loader import parse_bytes

    name = page.url
    if page.is_html:
        from qtapp.article.html import parse_html_bytes

        article, source = parse_html_bytes(saved_from_comment(page.url) + page.data, name)
    else:
        article = parse_bytes(page.data)
        if not article.blocks:
            raise UserError(N_("Article", "{name} does not contain readable text").format(name=name))
        source = article.text
    if not article.url:
        article.url, article.found_by["url"] = page.url, "fetch.final_url"
    return article, source


def open_url(url: str, folder: Path) -> Path:
    """Fetch ``url`` and keep it under ``folder``; the saved file is what the window opens."""
    page = fetch(url)
    read_fetched(page)  # refuse a page with no article text before keeping it
    return save_fetched(page, folder)
