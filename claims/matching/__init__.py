"""Has the desk seen this claim before? Match a sentence against the claims already checked.

``Matcher`` ranks claims (pure Python, no database: the ``match_claims`` command and the tests
use it as it is; the desk feeds it candidates from the database). See README.md beside this file.
"""

from .analysis import Analysed, analyse
from .ranker import Match, Matcher, Reasons

__all__ = ["Analysed", "Match", "Matcher", "Reasons", "analyse"]
