"""Parsing is linear in time and memory for every shape of text (issue 15 item 10, issue 12).

A 15 MB file of five million tiny paragraphs once took 112 s and 2.6 GB. The budget for any shape is
1 s per MB on the reference machine and 20 times the file's size in memory. Timings are the best of a few
runs of the parse's CPU time (a busy machine only ever slows a run down). The time budget is a ratio to a
fixed piece of Python work timed in the same run, so a slower build machine is not failed for being slow;
linearity is read as the time per MB of a large input over a small one. The default run uses a few tenths
of a MB per shape; ``--slow`` runs the sizes the issue reported.
"""

from __future__ import annotations

import gc
import re
import time
import tracemalloc
from pathlib import Path

import pytest

from qtapp.article.parser import parse_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"

SECONDS_PER_MB = 1.0
# The best CPU time of ``_reference_work`` on the reference machine (the 2-core development box, idle,
# 2026-12-03: 0.046-0.08 s over a minute); a machine where it takes longer gets a budget as much larger.
REFERENCE_SECONDS = 0.05
MEMORY_TIMES_SIZE = 20
MB = 1024 * 1024


# Each shape is a way a file can be degenerate; every one has defeated a parser stage at some point.
SHAPES: dict[str, str] = {
    "tiny paragraphs": "a\n\n",
    "tiny sentences": "Ok now.\n\n",
    "one huge line": "It grew 2.1 percent.Some said so. ",
    "many quotations": 'Costa said, "We will go." ',
    "many short lines": "Short line here\n",
    "deep blank runs": "word\n" + "\n" * 60,
    "many headings": "A Heading Here\n\n",
    "many names": "Ana Costa met Rui Lopes. ",
}


def _text(shape: str, megabytes: float) -> str:
    unit = SHAPES[shape]
    return unit * int(megabytes * MB / len(unit))


def _numbered_paragraphs(megabytes: float) -> str:
    """Tiny paragraphs that are all different: no answer can be reused from the paragraph before."""
    out, size, number = [], 0, 0
    while size < megabytes * MB:
        line = f"p{number}\n\n"
        out.append(line)
        size += len(line)
        number += 1
    return "".join(out)


def _best_seconds(text: str, runs: int = 2) -> float:
    """The parse's own CPU time: on a build machine shared by several test suites, wall time also counts
    the time this process waited for a core (2-3x the parse at a load of 8 on 2 cores)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        begin = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - begin)
    return best


_WORD = re.compile(r"[A-Z][a-z]+|\w+|[^\w\s]")


class _Token:
    __slots__ = ("text", "start", "upper")

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.upper = text, start, text[:1].isupper()


def _reference_work() -> int:
    """What a parse does most, in plain Python: split lines, run a pattern, make small objects, count."""
    text = 'The council said on Monday, "We will rebuild the wall." Ana Costa agreed.\n\n' * 2000
    counts: dict[str, int] = {}
    tokens = []
    for line in text.split("\n"):
        for match in _WORD.finditer(line):
            token = _Token(match.group(), match.start())
            tokens.append(token)
            counts[token.text.lower()] = counts.get(token.text.lower(), 0) + 1
    return len(tokens) + len(counts)


def _machine_factor(runs: int = 5) -> float:
    """How much slower than the reference machine this one runs plain Python now (never below 1)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        begin = time.process_time()
        _reference_work()
        best = min(best, time.process_time() - begin)
    return max(1.0, best / REFERENCE_SECONDS)


def _peak_bytes(text: str) -> int:
    """The parse's peak memory; a small piece of the text is read first, so the patterns the rules compile
    on first use (once a process, whatever the size) are not counted against this file."""
    parse_text(text[:4096])
    gc.collect()
    tracemalloc.start()
    try:
        parse_text(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _check_linear(text: str, small: str) -> None:
    """The time per MB of an input is not much more than of a quarter of it (0.05 s of slack absorbs
    a small input timed on a busy machine)."""
    size, small_size = len(text.encode()) / MB, len(small.encode()) / MB
    per_mb, per_mb_small = _best_seconds(text) / size, _best_seconds(small, 3) / small_size
    assert per_mb <= 1.5 * per_mb_small + 0.05 / small_size, (per_mb, per_mb_small)


def _check_budget(text: str) -> None:
    """The parse's time per MB within the budget scaled to this machine; the machine is timed before and
    after the parse and the slower reading kept, so a load that comes and goes counts in the budget."""
    size = len(text.encode()) / MB
    before = _machine_factor()
    seconds = _best_seconds(text)
    factor = max(before, _machine_factor())
    assert seconds / size <= SECONDS_PER_MB * factor, f"{seconds:.2f} s for {size:.1f} MB ({factor:.2f}x slower)"


# 2026-12-06: every shape is within both budgets on the idle 2-core machine, with room (s/MB of CPU: tiny
# paragraphs 0.44, many quotations 0.40, many names 0.30, the rest under 0.3; distinct tiny paragraphs 0.43,
# from ~12 before a long page's middle was read as headings and prose). Earlier sessions kept the first two
# marked as over budget (1.0-1.4 s/MB on 2026-12-03); they now pass with twice the room.
OVER_BUDGET: set[str] = set()
OVER_MEMORY: set[str] = set()


def _param(shape: str, over: set[str], what: str) -> object:
    return pytest.param(shape, marks=pytest.mark.xfail(
        strict=False, reason=f"issue 15 item 10: still over the {what} budget")) if shape in over else shape


@pytest.mark.timing
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_parses_in_linear_time(shape: str) -> None:
    _check_linear(_text(shape, 0.4), _text(shape, 0.1))


@pytest.mark.timing
@pytest.mark.parametrize("shape", [_param(shape, OVER_BUDGET, "time") for shape in sorted(SHAPES)])
def test_every_shape_parses_within_a_second_per_mb(shape: str) -> None:
    _check_budget(_text(shape, 0.4))


@pytest.mark.timing
def test_tiny_paragraphs_that_all_differ_parse_in_linear_time() -> None:
    _check_linear(_numbered_paragraphs(0.4), _numbered_paragraphs(0.1))


@pytest.mark.timing
def test_tiny_paragraphs_that_all_differ_parse_within_a_second_per_mb() -> None:
    """No answer of one piece serves the next: the middle of so long a page is read as headings and prose
    only (its head and foot with every rule), or each piece ran the whole rule list (~12 s/MB)."""
    _check_budget(_numbered_paragraphs(0.4))


def _many_articles(megabytes: float) -> str:
    """The corpus' articles one after another in one file: distinct prose, names and quotations throughout."""
    texts = [re.sub(r"⟦[a-z_]+⟧", "", path.read_text(encoding="utf-8"))
             for path in sorted(CORPUS.glob("*.txt"))]
    out, size = [], 0
    while size < megabytes * MB:
        for text in texts:
            out.append(text)
            size += len(text.encode())
            if size >= megabytes * MB:
                break
    return "\n\n".join(out)


@pytest.mark.timing
def test_many_articles_in_one_file_parse_in_linear_time() -> None:
    """Hundreds of people and quotations, none repeated: nothing may search the whole text per name (a
    word's search for each name's words made it quadratic). ~1.3 s/MB of CPU on 2026-12-06, over the
    budget of degenerate shapes: the speaker engine's look-back at the last 400 mentions for each role noun."""
    parse_text(_many_articles(0.02))  # the patterns the rules compile on first use, once a process
    # both long pages (a page of under 3,000 pieces is one article, whose foot and comments are dropped)
    _check_linear(_many_articles(1.2), _many_articles(0.3))


def test_a_long_page_reads_its_head_and_foot_with_every_rule() -> None:
    """A page too long for news keeps its headline, byline and sign-off; between them, prose is prose."""
    body = "".join(f"Paragraph {number} of the report.\n\n" for number in range(4000))
    article = parse_text("Harbour report on ferry crossings in winter\n\nBy Ana Costa\n\n" + body
                         + "Advertisement\n\n(Reporting by Ana Costa; Editing by Rui Lopes)")
    assert article.title == "Harbour report on ferry crossings in winter"
    assert [author.name for author in article.authors] == ["Ana Costa"]
    assert article.blocks[-1].kind == "signature"
    assert "Advertisement" in article.dropped
    kinds = {block.kind for block in article.blocks[2:-1]}
    assert kinds == {"paragraph"}, kinds


@pytest.mark.parametrize("shape", [_param(shape, OVER_MEMORY, "memory") for shape in sorted(SHAPES)])
def test_every_shape_parses_within_twenty_times_its_size_in_memory(shape: str) -> None:
    text = _text(shape, 0.2)
    peak = _peak_bytes(text)
    assert peak <= MEMORY_TIMES_SIZE * len(text.encode()), f"{peak / len(text.encode()):.0f}× the file"


def test_tiny_paragraphs_are_still_read_as_paragraphs() -> None:
    """The fast path reads what the ordinary one does: each tiny paragraph is a block of its own."""
    article = parse_text(_numbered_paragraphs(0.01))
    assert [b.text for b in article.blocks[:3]] == ["p0", "p1", "p2"]
    assert all(b.kind == "paragraph" for b in article.blocks)
    assert article.text.startswith("p0\n\np1\n\np2")


@pytest.mark.slow
@pytest.mark.parametrize("shape", [_param(shape, OVER_BUDGET | OVER_MEMORY, "time or memory")
                                   for shape in sorted(SHAPES)])
def test_full_size_every_shape(shape: str) -> None:
    """The sizes the issue reported: 15 MB of tiny paragraphs (five million), and 15 MB of each shape."""
    text, small = _text(shape, 15), _text(shape, 1)
    _check_linear(text, small)
    _check_budget(text)
    peak = _peak_bytes(text)
    assert peak <= MEMORY_TIMES_SIZE * len(text.encode()), f"{peak / len(text.encode()):.0f}× the file"


@pytest.mark.slow
def test_full_size_numbered_paragraphs() -> None:
    _check_linear(_numbered_paragraphs(15), _numbered_paragraphs(1))


def test_proper_names_finds_what_the_pattern_finds() -> None:
    """The speaker index's faster name scan is the plain pattern's scan, prefixes and all."""
    from pathlib import Path

    from qtapp.article.quotations.lexicon import PROPER_RE, proper_names

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    texts += ["bash-Xyz al-Qaeda", "ibn-Sina said", "el-Baz and Dr. Who", "as-Sayed ash-Shami", "x-Ray al-b",
              "Al-Zubaidi, Ó Flaithearta and Ms. Ng"]
    for text in texts:
        assert [m.span() for m in proper_names(text)] == [m.span() for m in PROPER_RE.finditer(text)]


def test_role_nouns_found_as_the_boundary_pattern_finds() -> None:
    """The role-noun scan asks its word boundary after the letter (a faster scan); it finds what the
    plain "\\b[Tt]he" pattern finds, in corpus pages and in runs of letters, marks and underscores."""
    import random
    from pathlib import Path

    from qtapp.article.quotations.people import _ROLE_NOUN

    plain = re.compile(r"\b[Tt]he\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    rng = random.Random(5)
    pieces = ["the", "The", "athe", "_the", "2the", "éthe", "-the", "the-", " ", "\n", "minister", "Tthe", "x", "."]
    texts += ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(2000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in _ROLE_NOUN.finditer(text)] == expected, text[:80]
        found += len(expected)
    assert found > 3000


def test_prose_ending_read_on_the_last_characters_is_the_patterns() -> None:
    """``blocks.is_prose`` reads a text's sentence end on its last three characters; the pattern on the
    whole text gives the same, final newlines, closing marks and stops inside included."""
    import random

    from qtapp.article.rules import blocks

    rng = random.Random(9)
    pieces = [".", "!", "?", ":", '"', "”", "’", ")", "\n", " ", "a", "Word", "x.y", "\n\n", "one two three"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    ends = prose = 0
    for text in texts:
        whole = blocks._SENTENCE_END.search(text) is not None
        assert (blocks._SENTENCE_END.search(text[-3:]) is not None) == whole, repr(text)
        assert blocks.is_prose(text) == (whole and blocks.more_words_than(text, 5)), repr(text)
        ends += whole
        prose += blocks.is_prose(text)
    assert 1000 < ends < 4000 and prose > 50


def _classified_afresh(pieces: list) -> list[tuple[str, str]]:
    """Every block rule run for every piece, nothing remembered or skipped: what ``classify`` must give."""
    from qtapp.article.rules import blocks

    ctx = blocks.Context(pieces, title_at=blocks.find_title(pieces))
    made: list[tuple[str, str]] = []
    while ctx.index < len(pieces):
        ctx.consumed = 0
        found = next(f for f in (rule.check(ctx) for rule in blocks.RULES) if f is not None)
        for kind, text in found:
            ctx.seen_body = ctx.seen_body or kind == "paragraph"
            ctx.last = kind if kind not in ("chrome", "label") else ctx.last
            made.append((kind, text))
        ctx.made = made
        ctx.index += 1 + ctx.consumed
    return made


def _title_afresh(pieces: list) -> int | None:
    """``find_title`` with every step read: no step remembered, no run of one piece skipped."""
    from qtapp.article.rules import blocks

    best = None
    for index in range(len(pieces)):
        here, stop = blocks._title_step(pieces[index:index + 5], best is not None)
        best = index if here else best
        if stop:
            return best
    return best


def test_remembered_block_answers_are_the_rules_answers() -> None:
    """``classify`` remembers answers by their context key; running every rule afresh gives the same."""
    from pathlib import Path

    from qtapp.article import parser
    from qtapp.article.breaks import dotted_names
    from qtapp.article.rules import blocks, lines

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    for path in sorted(corpus.glob("*.txt"))[:60]:
        raw = re.sub(r"⟦[a-z_]+⟧", "", path.read_text(encoding="utf-8"))
        text = raw * 3  # the same page three times over: the remembered answers are used
        paragraphs = lines.paragraphs(text, parser._stands_alone)
        pieces = parser._pieces(paragraphs, dotted_names("\n".join(paragraphs)))
        assert blocks.classify(pieces)[0] == _classified_afresh(pieces), path.name


@pytest.mark.parametrize("run", ["a", "Ok now.", "A Heading Here", "Share", "By Ana Costa", "Advertisement"])
def test_runs_of_one_repeated_piece_read_as_each_piece_alone(run: str) -> None:
    """``classify`` and ``find_title`` skip to the end of a run of one piece repeated; the run before a
    headline, under it, between prose and at the page's end reads as it does piece by piece."""
    from qtapp.article.rules import blocks

    for layout in ([run] * 12 + ["Harbour Council Votes To Rebuild The Sea Wall", "By Ana Costa"] + [run] * 3
                   + ["The council voted on Monday to rebuild the wall before the winter storms arrive."]
                   + [run] * 20 + ["It will cost four million."] + [run] * 9,
                   [run] * 30, ["Short Title Of A Page Here"] + [run] * 10):
        pieces = [blocks.Piece(text) for text in layout]
        assert blocks.find_title(pieces) == _title_afresh(pieces), (run, layout[:2])
        assert blocks.classify(pieces)[0] == _classified_afresh(pieces), (run, layout[:2])


def _repeated_exchanges(seed: int) -> list[str]:
    """Blocks that repeat a few exchanges with small changes: the words around one quotation recur,
    with sentence ends, initials, abbreviations and runs of spaces at every distance from the marks."""
    import random

    pieces = ['Costa said, "We will go." ', '"Go," said Dr. Ana Costa. ', "The U.S. Army said ", '"It is." ',
              "Mr. J. Park added: ", '"Yes!" ', "   ", " He said. ", '"We stay," ', "Kim J. Park said. ",
              '"Ok" ', "according to Ana Costa, ", "x" * 290, ". ", "\n", '"', "It is late. ", "St. ",
              "plan B. Officials ", '“No.” ', "A.B. ", '"Wait…" The ', "          "]
    rng = random.Random(seed)
    blocks = []
    for _ in range(40):
        cycle = [rng.choice(pieces) for _ in range(rng.randint(1, 4))]
        made = cycle * rng.randint(10, 50)
        for _ in range(rng.randint(0, 6)):  # a change here and there: the windows near it differ
            made.insert(rng.randrange(len(made)), rng.choice(pieces))
        blocks.append("".join(made))
    return blocks


def test_remembered_words_around_are_arounds_answers() -> None:
    """``arounds`` reads each window's words once; ``around`` for each quotation afresh gives the same."""
    from pathlib import Path

    from qtapp.article.quotations.context import around, arounds
    from qtapp.article.quotations.spans import PackedSpans, quote_spans

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    blocks = [block for path in sorted(corpus.glob("*.txt"))
              for block in path.read_text(encoding="utf-8").split("\n\n")]
    blocks += [block for seed in range(4) for block in _repeated_exchanges(seed)]
    blocks += [text * 40 for text in (SHAPES["many quotations"], '"A," B said. ', '"Go." ')]
    checked = shared = 0
    for block in blocks:
        for next_opens in (False, True):
            spans = quote_spans(block, next_opens)
            found = list(arounds(block, spans))
            assert found == [around(block, spans, i) for i in range(len(spans))], block[:80]
            packed = PackedSpans(spans)  # as a block of many quotations holds them
            assert list(packed) == [packed[i] for i in range(len(packed))] == spans
            assert list(arounds(block, packed)) == found
            checked += len(spans)
            shared += len(found) - len({id(words.lead) for words in found})
    assert checked > 5_000 and shared > checked / 4  # most were remembered answers


def test_break_points_skip_only_sentence_ends_that_make_no_break(monkeypatch: pytest.MonkeyPatch) -> None:
    """``break_points`` looks only at sentence ends a break can follow; every end looked at gives the same."""
    import random
    from pathlib import Path

    from qtapp.article import breaks

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    rng = random.Random(7)
    pieces = ['go."', '."Then', "2022.For", "U.S.", "a.b", "!?a", "?!A", '."“We', ".”)", ".” ", ')."', "..A", "e.g.",
              '"', "“", "”", " ", "News.Az", "x.", "(US$3.6).According", ".’A", ".)B", '!"', '?"x', "É", "Dr.Ana"]
    texts += ["".join(rng.choice(pieces) for _ in range(300)) for _ in range(300)]
    fast = [breaks.break_points(text, breaks.dotted_names(text)) for text in texts]
    monkeypatch.setattr(breaks, "_TERMINAL", re.compile(r"[.!?]+(?=\S)"))  # every end with no space after
    assert fast == [breaks.break_points(text, breaks.dotted_names(text)) for text in texts]
    assert sum(map(len, fast)) > 1000


def test_straight_marks_pair_as_mark_by_mark() -> None:
    """``quote_spans`` pairs straight marks by one pattern; reading them mark by mark gives the same spans."""
    import random

    from qtapp.article.quotations import spans

    rng = random.Random(3)
    pieces = ['"', " ", "a", '""', '" "', "We go.", "\n", "'", "‘", "’", '"Yes," she said. ']
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    found = 0
    for text in texts:
        for next_opens in (False, True):
            fast = spans.quote_spans(text, next_opens)
            assert fast == spans._paired(text, next_opens), text
            found += len(fast)
    assert found > 3000
