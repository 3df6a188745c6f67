"""Page chrome: the short lines a copy-paste drags along from the site (text-size widgets, share bars).

They are dropped from the article and reported, never silently lost.
"""

from __future__ import annotations

import re
import unicodedata

_SIZE = re.compile(r"\b\d{1,2}\s?(?:px|pt|%)(?!\w)", re.IGNORECASE)
WIDGET_WORDS = frozenset({
    "a", "aa", "share", "shares", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x",
    "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "copy", "link", "save", "comment",
    "comments", "font", "size", "text", "reset", "listen", "follow", "subscribe", "px", "pt", "zoom",
    "like", "likes", "repost", "send", "reply", "replies",  # "Like Comment Repost Send", "Reply Share 47"
    "report", "award", "quote", "bookmark", "upvote", "downvote", "retweet", "views",  # a forum's action bar
    "line", "wechat", "weibo", "viber", "messenger", "kakaotalk", "bluesky",  # messengers in a share bar
})
_COUNT = re.compile(r"\d[\d.,]*[KkMm]?(?![\w])")
MAX_CHROME_LENGTH = 60


def is_chrome(line: str) -> bool:
    """True for a short line made of widget symbols, sizes and share-bar words, with nothing to read."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHROME_LENGTH:
        return False
    counted = _COUNT.sub(" ", stripped)
    if counted != stripped and not any(ch.isalnum() for ch in counted) and any(
            unicodedata.category(ch) == "So" for ch in counted):
        return True  # "💬 212 🔁 1.4K ❤️ 6.8K": a post's reaction counts under their icons
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", stripped)
    if not words:
        # Symbols only (a digit-only line such as a year may be content, so keep it).
        return not any(ch.isdigit() for ch in stripped) or bool(_SIZE.search(stripped))
    if words[0].lower() in ("share", "follow") and len(words) >= 2 and all(len(word) <= 2 for word in words[1:]):
        return True  # "Share  in  f  ✈", "Share ✉ f 𝕏": the bar's icons copied as their letters
    if all(word.lower() in WIDGET_WORDS for word in words):
        has_symbol = any(not (ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"’”") for ch in stripped)
        return has_symbol or len(words) >= 2 or bool(_SIZE.search(stripped))
    return False
