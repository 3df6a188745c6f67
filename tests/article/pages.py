"""A small web server on 127.0.0.1 for the Open URL tests: real HTTP, no network beyond this machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour pilots strike over night shifts | The Coastal Ledger</title>
<meta property="og:title" content="Harbour pilots strike over night shifts">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
{canonical}
<script src="/app.js"></script><link rel="stylesheet" href="/site.css">
</head><body><article>
<h1>Harbour pilots strike over night shifts</h1>
<p>By Maren Ostby</p>
<img src="/photo.jpg" alt="">
<p>Pilots who guide ships into the harbour stopped work on Tuesday in a dispute over night rosters.</p>
<p>"We cannot keep boarding ships at three in the morning with half a crew," said union chair Ivo Kranjc.</p>
<p>The port authority said talks would resume on Thursday and that no vessel was waiting outside.</p>
</article></body></html>"""


@dataclass
class Site:
    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def _handler(site: Site, canonical: str | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None, length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.requests.append((self.path, dict(self.headers.items())))
            link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
            page = ARTICLE.replace("{canonical}", link).encode()
            if self.path.startswith("/article"):
                self._send(200, page, headers={"Set-Cookie": "session=abc123; Path=/"})
            elif self.path == "/moved":
                self._send(302, b"", headers={"Location": "/article?from=moved"})
            elif self.path == "/to-file":
                self._send(302, b"", headers={"Location": "file:///etc/passwd"})
            elif self.path == "/loop":
                self._send(302, b"", headers={"Location": "/loop"})
            elif self.path == "/image":
                self._send(200, b"\x89PNG\r\n", kind="image/png")
            elif self.path == "/huge":
                self._send(200, b"<p>" + b"x" * (2 * 1024 * 1024) + b"</p>", length=False)
            elif self.path == "/slow":
                time.sleep(2)
                self._send(200, page)
            elif self.path == "/text":
                self._send(200, b"A plain page\n\nIts one paragraph says enough to be read as prose here.",
                           kind="text/plain; charset=utf-8")
            else:
                self._send(404, b"not here")

    return Handler


@contextmanager
def serving(canonical: str | None = None) -> Iterator[Site]:
    site = Site("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site, canonical))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
