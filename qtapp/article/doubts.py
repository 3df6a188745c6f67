"""Why a quotation's speaker is shown for checking: the codes the speaker engine gives
(``quotations.trust``) and the sentences the window shows for them, and the confidence below which it marks.

Apart from the engine so that the library and the window read them without importing the engine's
patterns (half a second of start-up).
"""

from __future__ import annotations

from qtapp.translatable import N_, Text

CONFIDENT = 0.8  # a speaker below this is saved marked "Check who said this"

# A shape outside ``trust.PROVEN`` gives its rule's code (else "shape"); a doubt on a proven shape its own.
DOUBTS: dict[str, Text] = {
    "shape": N_("Checks", "the way the text names the speaker is one the rules are not sure of"),
    "colon_intro": N_("Checks", "the speaker is only the person named in the sentence before the colon"),
    "sentence_subject": N_("Checks", "the speaker is only the one person the sentence names, not the subject "
                                     "of a speech verb"),
    "continuation_paragraph": N_("Checks", "the quotation goes on from an earlier paragraph, and is taken to be "
                                           "that paragraph's speaker's"),
    "pronoun_adding": N_("Checks", "a he or she is taken to mean the person quoted in the paragraph before"),
    "about_before": N_("Checks", "the speaker is only the person the sentence before the quotation is about"),
    "named_next": N_("Checks", "the speaker is named only in the sentence after the quotation"),
    "reported_before": N_("Checks", "the speaker is taken from the reported speech before the quotation"),
    "subject_outside": N_("Checks", "the speaker is the subject of a sentence the quotation finishes"),
    "partial_name": N_("Checks", "the speaker's name may be longer than the rules read it"),
    "fuller_name": N_("Checks", "the rules read a shorter name, and the article gives this longer one: check it is "
                                "the same person"),
    "title_taken_off": N_("Checks", "the rules took off words before the name that read as a title or role: "
                                    "check the name"),
    "title_in_name": N_("Checks", "the first word of the speaker's name may be a title"),
    "short_org": N_("Checks", "the organisation is named only by its kind, and the article names more than "
                              "one of that kind"),
    "pronoun_ambiguous": N_("Checks", "a he, she or it could mean more than one person or organisation named "
                                      "just before"),
    "glued_words": N_("Checks", "the name runs into a word before it where a line break was lost: check where it "
                                "starts"),
    "interviewer": N_("Checks", "the question is taken to be the interviewer's, the author the byline names"),
    "part_of_body": N_("Checks", "the organisation the rules found is a part of a larger one (a campus, a branch), "
                                 "and the text may mean the whole one"),
    "role_ambiguous": N_("Checks", "more than one person or organisation named before fits this role"),
    "name_shared": N_("Checks", "more than one person in the article goes by this name"),
    "between": N_("Checks", "another person, organisation or clause stands between who spoke and the quotation"),
    "org_as_person": N_("Checks", "the text introduces this name as an organisation's, but a person's words "
                                  "are given to it"),
    "two_speakers": N_("Checks", "the sentence reports more than one person's words before the quotation"),
    "not_introduced": N_("Checks", "the rules never saw the article introduce this name"),
    "question": N_("Checks", "the quotation is a question the interviewer asked, not the words of the person "
                             "who answered it, so the rules name nobody"),
    "told_by": N_("Checks", "the words are reported as told to the person named by someone else, so the rules "
                            "name nobody"),
    "named_since": N_("Checks", "someone else is named in the sentence that leads into the quotation"),
    "person_near": N_("Checks", "a person named in the same sentence may have said this, not the organisation"),
    "bodies_joined": N_("Checks", "the organisation's name runs on over \"and the\" into another's: the rules kept "
                                  "the first"),
    "far": N_("Checks", "the quotation stands far from the verb that says who spoke"),
}
