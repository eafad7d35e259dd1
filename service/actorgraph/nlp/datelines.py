"""Wire-copy datelines ("KYIV, Nov 24 (Reuters) - ", "BEIRUT (AP) - ", "MOSCOW: ",
"CAMP SIONGCO, Maguindanao: ") are not part of the
first sentence; parsed as if they were, they turn its subject into an appositive of the
city and the sentence yields nothing. They are blanked out (same length, so every offset
stays true) before parsing; evidence is still cut from the original text."""

from __future__ import annotations

import re

#: A dateline at the start of the text or of a line: an upper-case place (several with
#: "/" or spaces), optionally a region, a date and an agency in brackets, then a dash. A place
#: written in title case ("Prague, 4 April 2003 (RFE/RL) -- ", "Arbil, Iraq: ") is a dateline
#: only with a comma after it, which a sentence's subject ("Moscow: the talks ...") lacks.
DATELINE = re.compile(
    r"""(?m)^[ \t]*
    (?:[A-Z][A-Z.'\-]{2,}(?:[ /][A-Z][A-Z.'\-]+)*        # KYIV, GAZA CITY, WASHINGTON/MOSCOW
      |[A-Z][a-z.'\-]{2,}(?:[ ][A-Z][a-z.'\-]+){0,2}(?=,))  # Prague, Arbil,
    (?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?       # , Maguindanao, West Bank (a region)
    (?:,[ ]?(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?   # , Nov 24 / , April 4, 2003
      |\d{1,2}[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{4})?))?        # , 4 April 2003
    (?:,?[ ]?\([A-Za-z][A-Za-z ./]{1,30}\))?         # (Reuters), (RFE/RL)
    (?:[ ]?[-\u2013\u2014]{1,2}|:)[ ]                 # - or an en/em dash, or a colon
    (?=["\u201c]?[A-Z])                             # and a sentence starts ("NATO - the ..." does not)
    """,
    re.VERBOSE,
)


def mask_datelines(text: str) -> str:
    """``text`` with every dateline replaced by as many spaces."""
    if not any(mark in text for mark in ("-", "\u2013", "\u2014", ":")):
        return text
    return DATELINE.sub(lambda m: " " * len(m.group(0)), text)
