"""The reading rules, declared as data: for each decision an ordered list of small, named rules.

Each rule is a plain function with a one-line docstring example; the lists in ``blocks`` (what each
piece of text is) and ``fields`` (the article's metadata) put them in order, specific before generic,
and the first rule that answers wins and is recorded, so ``parse --explain`` can say who decided what.
Adding a byline shape is one function in ``bylines`` plus the corpus article that needs it.
"""
