"""The team library: the library contract (``library/contract.py``) on a PostgreSQL server (issue 17).

``store.TeamLibrary`` is the backend (``articles.py``, ``quotes.py`` composed in, as SQLite's
``store.Library`` composes its own); ``schema.py`` its versioned migrations; ``team.py`` the roles and
row-level security ``quoteclip team init`` sets up; ``live.py`` a listener for colleagues' changes.
No Qt here, and psycopg is imported only by a team library's modules: ``target.py`` (is this a
team library, and its address without the password) needs nothing, so the single-user path pays nothing.
"""
