"""Why a quotation's speaker is shown for checking: the codes the speaker engine gives
(``quotations.trust``) and the sentences the window shows for them, and the confidence below which it marks.

Apart from the engine so that the library and the window read them without importing the engine's
patterns (half a second of start-up).
"""

from __future__ import annotations

CONFIDENT = 0.8  # a speaker below this is saved marked "Check who said this"

# A shape outside ``trust.PROVEN`` gives its rule's code (else "shape"); a doubt on a proven shape its own.
DOUBTS = {
    "shape": "the way the text names the speaker is one the rules are not sure of",
    "colon_intro": "the speaker is only the person the sentence before the colon names",
    "sentence_subject": "the speaker is only the one person the sentence names, not the subject of a speech verb",
    "continuation_paragraph": "the quotation goes on from an earlier paragraph, whose speaker it is taken to be",
    "pronoun_adding": "a he or she is taken to mean the person quoted in the paragraph before",
    "named_next": "the speaker is named only in the sentence after the quotation",
    "reported_before": "the speaker is taken from the reported speech before the quotation",
    "subject_outside": "the speaker is the subject of a sentence the quotation finishes",
    "partial_name": "the speaker's name may be longer than the rules read it",
    "title_in_name": "the first word of the speaker's name may be a title",
    "short_org": "the organisation is named only by its kind, or shorter than the text names it elsewhere",
    "pronoun_ambiguous": "a he, she or it could mean more than one person or organisation named just before",
    "role_ambiguous": "more than one person named before has this role",
    "name_shared": "more than one person in the article goes by this name",
    "between": "another person, organisation or clause stands between who spoke and the quotation",
    "org_as_person": "the text introduces this name as an organisation's, but a person's words are given to it",
    "not_introduced": "the rules never saw the article introduce this name",
    "far": "the quotation stands far from the verb that says who spoke",
}


