"""The reading rules, declared as data: for each decision an ordered list of small, named rules.

Each rule is a plain function with a one-line docstring example; the lists in ``blocks`` (what each
piece of text is), ``fields`` and ``editorial`` (the article's metadata) and the shape lists they ask
(``bylines``, ``dates``, ``furniture``, ``notes``) put them in order, specific before generic. The first
rule that answers wins and is recorded — per field, and per block as the block rule and the shape rule
it went by — so ``parse --explain`` can say who decided what. Adding a byline shape is one function in
``bylines`` plus the corpus article that needs it; any module-level tuple of Rules is a rule list the
tests check (tests/article/test_rule_engine.py finds them).
"""
