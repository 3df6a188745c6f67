"""Which reading rules find a citation field only from the page's layout, so the window asks the user
to check the value rather than passing it to citations unremarked.

"Right or visibly unsure" for article fields: a publisher read from words that say who published
("Source: X", "(Reuters) —", "first published by X") is trusted; one read from where a name stands on
the page (a logo line, a name alone at the end, a copyright holder that may be a parent company) is right
on some pages and wrong on others, so it is shown marked. The list is facts about rules, kept in step
with the measurements in benchmarks/README.md ("Fields found by layout alone").
"""

from __future__ import annotations

from qtapp.translatable import N_, Text

UNSURE_RULES: dict[str, Text] = {
    "publisher.masthead": N_("FieldChecks", "the publisher is read only from the page's logo line; a logo may "
                                            "be a site that reprints, a section or a platform"),
    "publisher.sign_off": N_("FieldChecks", "the publisher is read only from a name alone at the end of the "
                                            "article"),
    "publisher.copyright": N_("FieldChecks", "the publisher is read from the copyright line, whose holder may "
                                             "be a parent company or a site that reprints"),
    "publisher.title_prefix": N_("FieldChecks", "the publisher is read only from a name before the headline"),
    "html.meta_title_over_shown": N_("FieldChecks", "the title is the page's declared headline, and the page "
                                                    "shows another; either may be the one to cite"),
    "html.meta_date_over_shown": N_("FieldChecks", "the date is the page's declared one, and the page shows "
                                                   "another (an update, or a time zone apart)"),
    "html.meta_publisher_disputed": N_("FieldChecks", "the publisher is the page's declared one, and the page's "
                                                      "title names the site another way"),
    "html.meta_publisher_initials": N_("FieldChecks", "the publisher is only the initials the page's tags give; "
                                                      "the page may spell the name out"),
    "title.name_like": N_("FieldChecks", "the title reads like the name of a site, a channel or an organisation; "
                                         "the page's real headline may be elsewhere"),
}


def unsure_reason(rule: str | None) -> Text | None:
    """Why a field found by ``rule`` should be checked, or None when the rule is trusted."""
    return UNSURE_RULES.get(rule) if rule else None
