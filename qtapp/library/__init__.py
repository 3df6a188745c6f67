"""The SQLite library, anchoring, attribution, citation and import/export — no Qt here."""
