"""Tests mirror the package where a module has behaviour of its own (STYLE.md habit 2).

``qtapp/library/store.py`` is tested in ``tests/library/test_store.py``. Many modules grew out of one
that was tested as a whole (the reading rules by the corpus, the exporters by format): for those,
``ELSEWHERE`` says which test module holds their behaviour, so a newcomer finds it in one look, and this
test fails when a module has neither, when an entry points at nothing, or when a mirror appears and the
entry is left behind. A new module needs its own ``test_<name>.py``.
"""

from __future__ import annotations

from pathlib import Path

import qtapp

PACKAGE = Path(qtapp.__file__).parent
TESTS = Path(__file__).parent
# Nothing to test on its own: an entry point, a class with no code, a table of names.
WITHOUT_BEHAVIOUR = {"__main__.py", "errors.py", "library/importers/formats.py"}  # a table
# Behaviour with no test module yet, neither mirrored nor elsewhere: may only shrink.
NOT_YET: set[str] = set()  # every module with behaviour has its tests now; keep it empty
ELSEWHERE = {
    "article/breaks.py": "article/test_linear_parse.py",
    "article/chrome.py": "article/test_rules.py",
    "article/doubts.py": "article/test_quotations_trust.py",
    "article/html_meta.py": "article/test_html.py",
    "article/html_text.py": "article/test_html.py",
    "article/loader.py": "article/test_fetching.py",
    "article/model.py": "article/test_seed.py",
    "article/names.py": "article/test_rules_holdout4.py",
    "article/parser.py": "article/test_linear_parse.py",
    "article/quotations/classify.py": "article/test_quotations.py",
    "article/quotations/context.py": "article/test_quotations_speakers.py",
    "article/quotations/fullness.py": "article/test_quotations_fullness.py",
    "article/quotations/given_names.py": "article/test_given_names.py",
    "article/quotations/interviews.py": "article/test_quotations_interviews.py",
    "article/quotations/lexicon.py": "article/test_linear_parse.py",
    "article/quotations/names.py": "article/test_quotations_unseen_shapes.py",
    "article/quotations/people.py": "article/test_quotations_speakers.py",
    "article/quotations/rules.py": "article/test_quotations.py",
    "article/quotations/spans.py": "article/test_quotations.py",
    "article/quotations/transcripts.py": "article/test_quotations_transcript_turns.py",
    "article/quotations/subjects.py": "article/test_quotations_speakers.py",
    "article/quotations/trust.py": "article/test_quotations_trust.py",
    "article/quotations/voices.py": "article/test_quotations_voices.py",
    "article/rules/blocks.py": "article/test_linear_parse.py",
    "article/rules/bylines.py": "article/test_rules_holdout5.py",
    "article/rules/dates.py": "article/test_rules_holdout4.py",
    "article/rules/editorial.py": "article/test_rule_engine.py",
    "article/rules/engine.py": "article/test_engine.py",
    "article/rules/events.py": "article/test_rules_fields13.py",
    "article/rules/fields.py": "article/test_rule_engine.py",
    "article/rules/furniture.py": "article/test_rules_holdout4.py",
    "article/rules/leads.py": "article/test_rules_blocks13.py",
    "article/rules/lines.py": "article/test_rules_set4_misses.py",
    "article/rules/notes.py": "article/test_rules_holdout4.py",
    "article/rules/outlet_names.py": "article/test_outlet_names.py",
    "article/rules/outlet_vote.py": "article/test_outlet_names.py",
    "article/rules/outlets.py": "article/test_rule_engine.py",
    "article/rules/persons.py": "article/test_rules_holdout5.py",
    "article/rules/piece_notes.py": "article/test_rules_blocks13.py",
    "article/rules/title_doubts.py": "article/test_rules_fields13.py",
    "cli.py": "commands/test_quotes_cli.py",
    "commands/articles.py": "commands/test_articles_cli.py",
    "commands/export.py": "commands/test_export_cli.py",
    "commands/library.py": "commands/test_library_cli.py",
    "commands/parse.py": "commands/test_parse_cli.py",
    "commands/quotes.py": "commands/test_quotes_cli.py",
    "commands/team.py": "team/test_rules.py",
    "commands/terminal.py": "commands/test_terminal_escapes.py",
    "library/articlebase.py": "library/test_backends.py",
    "library/articlestore.py": "library/test_store.py",
    "library/atomic.py": "library/test_export_atomic.py",
    "library/backup_check.py": "library/test_backup.py",
    "library/backup_file.py": "library/test_backup.py",
    "library/citation/citeproc_cache.py": "library/test_citeproc_cache.py",
    "library/citation/citeproc_fixes.py": "library/test_citation_fixes.py",
    "library/citation/csl_item.py": "library/test_citation.py",
    "library/citation/quote_marks.py": "library/test_citation.py",
    "library/citation/render.py": "library/test_citation.py",
    "library/citation/styles.py": "library/test_citation.py",
    "library/citation/title_case.py": "library/test_citation.py",
    "library/connection.py": "faults/test_library_access.py",
    "library/copying.py": "team/test_copying.py",
    "library/drafts.py": "library/test_backends.py",
    "library/errors.py": "faults/test_library_access.py",
    "library/export_target.py": "commands/test_export_target.py",
    "library/exporters/backup_json.py": "library/test_backup.py",
    "library/exporters/bibtex.py": "library/test_export.py",
    "library/exporters/common.py": "library/test_export_common.py",
    "library/exporters/csl_json.py": "library/test_csl_json_citeproc.py",
    "library/exporters/csv_export.py": "library/test_export_csv_injection.py",
    "library/exporters/formats.py": "ui/quotes/test_export_options.py",
    "library/exporters/hypothesis.py": "library/test_export_annotations.py",
    "library/exporters/markdown.py": "library/test_export_markdown.py",
    "library/exporters/md_template.py": "library/test_export_md_template.py",
    "library/exporters/ris.py": "library/importers/test_import_library.py",
    "library/exporters/source_text.py": "library/test_export.py",
    "library/exporters/targets.py": "library/test_export_atomic.py",
    "library/exporters/w3c.py": "library/importers/test_import_library.py",
    "library/handles.py": "faults/test_library_access.py",
    "library/importers/adopt.py": "library/importers/test_import_library.py",
    "library/importers/detection.py": "library/importers/test_import_formats.py",
    "library/importers/files.py": "library/importers/test_import_formats.py",
    "library/importers/hypothesis.py": "library/importers/test_import_formats.py",
    "library/importers/into_library.py": "library/importers/test_import_library.py",
    "library/importers/kindle.py": "library/importers/test_import_formats.py",
    "library/importers/readwise.py": "library/importers/test_import_formats.py",
    "library/importers/records.py": "library/importers/test_import_library.py",
    "library/importers/ris.py": "library/importers/test_import_formats.py",
    "library/importers/stubs.py": "library/importers/test_import_library.py",
    "library/importers/w3c.py": "library/importers/test_import_formats.py",
    "library/moved.py": "ui/test_move_library_processes.py",
    "library/opening.py": "team/test_opening.py",
    "library/passages.py": "library/test_attribution.py",
    "library/postgres/articles.py": "library/test_backends.py",
    "library/postgres/connecting.py": "team/test_team_dialog.py",
    "library/postgres/early_read.py": "team/test_early_read.py",
    "library/postgres/connection.py": "team/test_opening.py",
    "library/postgres/live.py": "team/test_live.py",
    "library/postgres/quotes.py": "library/test_backends.py",
    "library/postgres/schema.py": "library/test_backends.py",
    "library/postgres/search.py": "library/test_backends.py",
    "library/postgres/store.py": "library/test_backends.py",
    "library/postgres/target.py": "team/test_target.py",
    "library/postgres/team.py": "team/test_rules.py",
    "library/quarantine.py": "library/test_leftovers.py",
    "library/queries.py": "library/test_listing.py",
    "library/quotebase.py": "library/test_backends.py",
    "library/quotestore.py": "library/test_store.py",
    "library/records.py": "library/test_backup.py",
    "library/search.py": "library/test_store.py",
    "library/stamps.py": "library/test_store.py",
    "paths.py": "ui/test_privacy_files.py",
    "ui/app.py": "ui/test_screenshot_headless.py",
    "ui/backups_dialog.py": "faults/test_restore_ui.py",
    "ui/crash.py": "faults/test_crash.py",
    "ui/crash_hook.py": "faults/test_crash.py",
    "ui/dialogs.py": "ui/test_main_window.py",
    "ui/find_bar.py": "ui/test_main_window.py",
    "ui/headless.py": "ui/test_screenshot_headless.py",
    "ui/loading.py": "ui/test_large_article.py",
    "ui/menus.py": "ui/test_main_window.py",
    "ui/opening.py": "ui/test_privacy_files.py",
    "ui/preferences_highlights.py": "ui/test_preferences.py",
    "ui/preferences_library.py": "ui/test_move_library_processes.py",
    "ui/preferences_move.py": "ui/test_privacy_files.py",
    "ui/preferences_reading.py": "ui/test_preferences.py",
    "ui/preferences_settings.py": "ui/test_preferences.py",
    "ui/quotes/article_dialog.py": "ui/quotes/test_article_details.py",
    "ui/quotes/article_status.py": "ui/test_translatable.py",
    "ui/quotes/citation_clipboard.py": "ui/quotes/test_citation_ui.py",
    "ui/quotes/colors.py": "ui/quotes/test_highlights.py",
    "ui/quotes/conflict_dialog.py": "team/test_window_conflict.py",
    "ui/quotes/controller.py": "ui/quotes/test_library_dock.py",
    "ui/quotes/current.py": "ui/quotes/test_window.py",
    "ui/quotes/detail_pane.py": "ui/quotes/test_library_dock.py",
    "ui/quotes/dock.py": "ui/quotes/test_library_dock.py",
    "ui/quotes/export_help.py": "ui/quotes/test_export_options.py",
    "ui/quotes/exporting.py": "ui/quotes/test_export_dialog.py",
    "ui/quotes/importing.py": "ui/quotes/test_import_ui.py",
    "ui/quotes/library_copy.py": "team/test_copying.py",
    "ui/quotes/navigation.py": "ui/quotes/test_library_dock.py",
    "ui/quotes/progress.py": "ui/quotes/test_import_ui.py",
    "ui/quotes/quote_actions.py": "ui/quotes/test_saving.py",
    "ui/quotes/rederiving.py": "ui/quotes/test_rederive_ui.py",
    "ui/quotes/table_model.py": "ui/quotes/test_library_dock.py",
    "ui/quotes/team_live.py": "team/test_window_live.py",
    "ui/quotes/team_opening.py": "team/test_window_connecting.py",
    "ui/quotes/team_status.py": "team/test_window_server_away.py",
    "ui/reader_style.py": "ui/test_contrast.py",
    "ui/shortcuts_table.py": "ui/test_help.py",
    "ui/team_dialog.py": "team/test_team_dialog.py",
    "ui/themes.py": "ui/test_contrast.py",
    "ui/window_state.py": "ui/test_session.py",
}


def _modules() -> list[str]:
    return sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if p.name != "__init__.py")


def mirror(module: str) -> Path:
    path = Path(module)
    return TESTS / path.parent / f"test_{path.stem}.py"


def test_every_module_has_its_tests_where_a_reader_looks() -> None:
    modules = _modules()
    unplaced = [m for m in modules if not mirror(m).exists() and m not in ELSEWHERE
                and m not in WITHOUT_BEHAVIOUR | NOT_YET]
    assert not unplaced, "give these a tests/<same path>/test_<name>.py:\n" + "\n".join(unplaced)
    missing = [f"{m} -> {t}" for m, t in ELSEWHERE.items() if not (TESTS / t).exists()]
    assert not missing, "\n".join(missing)
    mirrored_now = [m for m in [*ELSEWHERE, *NOT_YET] if mirror(m).exists()]
    assert not mirrored_now, "mirrored now, drop the entry: " + ", ".join(mirrored_now)
    assert not [m for m in [*ELSEWHERE, *NOT_YET, *WITHOUT_BEHAVIOUR] if m not in modules]  # no stale entries


def test_most_modules_with_behaviour_are_mirrored() -> None:
    behaviour = [m for m in _modules() if m not in WITHOUT_BEHAVIOUR]
    mirrored = [m for m in behaviour if mirror(m).exists()]
    assert len(mirrored) >= 46, f"{len(mirrored)} of {len(behaviour)}"  # the count when this test came in
