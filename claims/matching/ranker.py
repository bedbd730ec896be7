"""Rank the desk's earlier claims against a new sentence: BM25 finds candidates, then each is
re-scored on what makes two claims the same claim.

- **Content**, weighted by rarity: the stems and concepts the two share ("killed" and "died"
  meet in the concept *die*), as a share of each side, so that a headline matches the longer
  claim it shortens and a long sentence matches the short claim it contains.
- **Figures** carry weight: the same figure written two ways ("70,000" / "seventy thousand")
  is strong evidence, the more so the fewer claims give it; a different figure for the same
  counted thing makes the pair a *contradiction*, never a match.
- **Names and years**: names shared count extra; two claims naming only different places or
  people, or only different years, are different claims.
- **Negation**: "the vaccine was not tested on children" is not "the vaccine was tested on
  children".

The score is in [0, 1]; ``reasons`` say why (shared words, figures, names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from claims.extraction.lexicon import ANTONYM_CONCEPTS, TIME_UNITS

from .analysis import Analysed, analyse, figure_key
from .bm25 import BM25Index
from .figures import Figure, same_value
from .synonyms import OPPOSITES

CANDIDATES = 100

# Weights of the re-scoring (tuned on tests/matching/dev; see claims/matching/README.md):
# bonuses for what the two share, then a factor for each thing they say differently.
RETRIEVAL_MIX = 0.5
FIGURE_BONUS = 0.6
NAME_BONUS = 0.15
NAME_CLASH = 0.5
YEAR_CLASH = 0.5
DATE_CLASH = 0.6
RELATIVE_TIME_CLASH = 0.8
NEGATION_CLASH = 0.6
OPPOSITE_CLASH = 0.6
FIGURE_CLASH = 0.7
SWAP_CLASH = 0.4
# How much of the shorter sentence a near-copy repeats word for word, in order.
NEAR_COPY = 0.8
# (only pairs alike enough to be near-copies are aligned: most candidates are not)
SWAP_FLOOR = 0.4
# A pair this similar apart from a figure is the same claim with another number.
CONTRADICTION_FLOOR = 0.45
WEAK_CONTRADICTION_FLOOR = 0.5


@dataclass(frozen=True, slots=True)
class Reasons:
    words: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    conflicting_figures: tuple[tuple[str, str], ...] = ()  # (the query's, the claim's)

    def as_dict(self) -> dict[str, list]:
        return {
            "words": list(self.words),
            "figures": list(self.figures),
            "names": list(self.names),
            "conflicting_figures": [list(pair) for pair in self.conflicting_figures],
        }


@dataclass(frozen=True, slots=True)
class Match:
    id: object
    score: float
    relation: str  # "same", "contradicts", or "other" (another figure, another claim)
    reasons: Reasons = field(default_factory=Reasons)


class Matcher:
    """An index of claims (id, text) that ranks them against a query text."""

    def __init__(self, items: Iterable[tuple[object, str]] = ()) -> None:
        self._index = BM25Index()
        self._ids: list[object] = []
        self._claims: list[Analysed] = []
        # each claim's content weight (its stems' idf summed), for as long as the index holds
        # the claims it was worked out over: a claim is judged against many queries
        self._weights: dict[int, float] = {}
        self._weights_size = 0
        for identifier, text in items:
            self.add(identifier, text)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, identifier: object, text: str, analysed: Analysed | None = None) -> int:
        """Index a claim; ``analysed`` is ``analyse(text)`` when the caller kept it already.
        Returns its position (0, 1, 2 ... in the order added)."""
        if analysed is None:
            analysed = analyse(text)
        self._ids.append(identifier)
        self._claims.append(analysed)
        return self._index.add_counted(analysed.term_counts)

    def search(
        self,
        text: str,
        top: int = 5,
        *,
        contradictions: bool = False,
        floor: float = 0.0,
        analysed: Analysed | None = None,
    ) -> list[Match]:
        """The ``top`` best matches, best first. Claims that give another figure for the same
        thing are left out, unless ``contradictions``: then they come back too, marked
        ``relation="contradicts"``. With a ``floor``, only matches that score at least that
        (the others are not judged in full: see _judge). ``analysed`` is ``analyse(text)``
        when the caller kept it already."""
        query = analyse(text) if analysed is None else analysed
        candidates = self._index.top(query.terms, CANDIDATES)
        if not candidates:
            return []
        judged = []
        best_retrieval = candidates[0][1] or 1.0
        # read once for all the candidates (a search judges up to a hundred)
        idf = self._index.idf_table().__getitem__
        weights = self._claim_weights()
        query_weight = self._weight(query)
        # the most the query's figures can add to any candidate's score (for the floor)
        figures_most = _figure_bonus(query.figures, idf) if query.figures and floor else None
        for position, retrieval in candidates:
            claim = self._claims[position]
            claim_weight = weights.get(position)
            if claim_weight is None:
                claim_weight = weights[position] = self._weight(claim)
            judgement = self._judge(
                query,
                claim,
                retrieval / best_retrieval,
                query_weight,
                claim_weight,
                floor,
                idf,
                figures_most,
            )
            if judgement is None:
                continue
            score, relation, evidence = judgement
            if (
                relation == "other"
                or score < floor
                or (relation == "contradicts" and not contradictions)
            ):
                continue
            judged.append((-score, position, relation, evidence))
        judged.sort(key=lambda entry: (entry[0], entry[1]))
        return [
            Match(
                self._ids[position], -negative, relation, _reasons(self._claims[position], evidence)
            )
            for negative, position, relation, evidence in judged[:top]
        ]

    def compare(self, query: Analysed, claim: Analysed, identifier: object = None) -> Match:
        """How alike two claims are, and why."""
        judgement = self._judge(query, claim)
        assert judgement is not None  # (no floor)
        score, relation, evidence = judgement
        return Match(identifier, score, relation, _reasons(claim, evidence))

    def _weight(self, analysed: Analysed) -> float:
        return sum(map(self._index.idf_table().__getitem__, analysed.content)) or 1.0

    def _claim_weights(self) -> dict[int, float]:
        """Each claim's ``_weight`` by position, as far as worked out for this index size."""
        if self._weights_size != len(self._ids):
            self._weights, self._weights_size = {}, len(self._ids)
        return self._weights

    def _judge(
        self,
        query: Analysed,
        claim: Analysed,
        retrieval: float | None = None,
        query_weight: float | None = None,
        claim_weight: float | None = None,
        floor: float = 0.0,
        idf: Callable[[str], float] | None = None,
        figures_most: float | None = None,
    ) -> tuple[float, str, _Evidence] | None:
        """The score, relation and evidence; ``retrieval`` is the claim's BM25 score as a share
        of the best candidate's (how it ranks among the claims sharing the query's terms); the
        weights are ``_weight`` of each side, when the caller has them. None when the score
        cannot reach ``floor`` whatever the figures and names add (worked out from the words
        alone: most candidates share a word or two and no more), or is below it once the
        figures are compared (every clash after that only lowers it). ``idf``: the index's, when the
        caller has it; ``figures_most``: ``_figure_bonus`` of the query's figures, the same for
        every candidate of a search."""
        if idf is None:
            idf = self._index.idf_table().__getitem__
        shared_names = _shared_names(query.names, claim.names)
        # "Syrian" in one and "Syria" in the other: the same name, so shared content too
        shared = query.content & claim.content | (shared_names & claim.content)
        weight_shared = sum(map(idf, shared))
        query_cover = weight_shared / (query_weight or self._weight(query))
        claim_cover = weight_shared / (claim_weight or self._weight(claim))
        high, low = max(query_cover, claim_cover), min(query_cover, claim_cover)
        content = 0.6 * high + 0.4 * low
        if retrieval is not None:
            content = (1 - RETRIEVAL_MIX) * content + RETRIEVAL_MIX * retrieval
        name_bonus = (
            NAME_BONUS * len(shared_names) / max(len(query.names), len(claim.names))
            if shared_names
            else 0.0
        )
        if floor:
            # the most the figures could add: all the query's agreeing (only when both give
            # some: most claims give none)
            most = content + name_bonus
            if query.figures and claim.figures:
                if figures_most is None:
                    figures_most = _figure_bonus(query.figures, idf)
                most += figures_most
            if round(most / (1 + FIGURE_BONUS + NAME_BONUS), 4) < floor:
                return None  # (the clashes only lower it; scores are kept to 4 places)

        agreeing, conflicting, strong = _figure_pairs(query.figures, claim.figures)
        score = content + name_bonus
        if agreeing:
            score += _figure_bonus(query.figures, idf, [mine for mine, _ in agreeing])
        score /= 1 + FIGURE_BONUS + NAME_BONUS
        if floor and round(score, 4) < floor:
            return None  # below the floor already, and what follows only lowers it
        # What the two say differently, each a reason to doubt they are one claim: another
        # place or person in the same sentence, another year or month, the negation, the
        # opposite direction.
        written_small = (claim.names & query.stems) | (query.names & claim.stems)
        if _substituted(query.name_runs, claim.name_runs, shared_names | written_small):
            score *= NAME_CLASH
        # Another year or day for the same thing ("collapsed on 14 August 2024" / "2022"):
        # never the same claim, whatever else they share.
        # A year or month compared with ("the lowest since 2006", "up from 67 percent in
        # 2022") is not when the thing happened: times clash only with times of the same sort.
        another_time = False
        if _other_time(query.years, query.reference_years, claim.years, claim.reference_years):
            score *= YEAR_CLASH
            another_time = True
        if _other_time(query.dates, query.reference_dates, claim.dates, claim.reference_dates):
            score *= DATE_CLASH
            another_time = True
        if _other_relative_time(query.relative_times, claim.relative_times):
            score *= RELATIVE_TIME_CLASH
        # A negation and an opposite together say the same ("refused to approve" /
        # "rejected", "did not win" / "lost"); either alone says the other thing.
        negation_differs = query.negated != claim.negated
        opposite = _opposite(query.concepts, claim.concepts)
        if negation_differs and not opposite:
            score *= NEGATION_CLASH
        turned_round = opposite and not negation_differs
        if turned_round:
            score *= OPPOSITE_CLASH
        if not agreeing and _figures_differ(query.figures, claim.figures):
            score *= FIGURE_CLASH
        if floor and round(score, 4) < floor:
            return None  # (the clashes above brought it below)
        # a near-copy with a thing swapped, or its verb turned round ("fled their homes" /
        # "returned to their homes"): another claim in the same words. The same words in the
        # same order (a claim repeated word for word, as wire copy is) swap nothing: no need
        # to align them unless the verb is turned round.
        if content >= SWAP_FLOOR and (turned_round or query.sequence != claim.sequence):
            near = _near_copy(query, claim)
            if near is not None and (turned_round or _swapped(query, claim, near)):
                score *= SWAP_CLASH
        relation = "same"
        if strong:
            # Another figure for the same thing: the same claim with another number when the
            # rest is alike, else another claim altogether.
            relation = "contradicts" if content >= CONTRADICTION_FLOOR else "other"
        elif conflicting and not agreeing and content >= WEAK_CONTRADICTION_FLOOR:
            # two counts of nothing named ("rose to 520" / "rose to 310") in claims alike
            # in everything else
            relation = "contradicts"
        elif _unpaired_of_a_kind(query.figures, claim.figures, agreeing):
            # Each gives a figure of a kind the other gives too and neither has the other's
            # ("a death toll above 3,500" / "killed more than 2,000"; "87 dead and 600,000
            # without power" / "87 killed and 1.6 million without power"): whatever they share
            # besides, they disagree on a figure, so they are not one claim.
            relation = "contradicts" if content >= CONTRADICTION_FLOOR else "other"
        if relation == "same" and any(
            mine.direction and theirs.direction and mine.direction != theirs.direction
            for mine, theirs in agreeing
        ):
            # the same figure moving the other way: "grew 2.3 percent" / "shrank 2.3 percent"
            relation = "contradicts" if content >= CONTRADICTION_FLOOR else "other"
        elif relation == "same" and another_time:
            relation = "other"
        evidence = (shared, shared_names, agreeing, conflicting)
        return round(max(0.0, min(1.0, score)), 4), relation, evidence


def _figure_bonus(
    figures: tuple[Figure, ...], idf: Callable[[str], float], agreeing: list[Figure] | None = None
) -> float:
    """What the query's figures that agree (``agreeing``; all of them when None) add, each by
    its rarity on the desk: a figure few claims give ("1,240 cases") says more than a common
    one ("4 percent")."""
    ceiling = idf("#") or 1.0  # (a term no claim has)
    weight = sum(
        min(1.0, idf("#" + figure_key(figure)) / ceiling)
        for figure in (figures if agreeing is None else agreeing)
    )
    return FIGURE_BONUS * min(1.0, weight / len(figures))


def _other_relative_time(
    mine: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]
) -> bool:
    """ "last season" / "this season", "from March" / "last March": the same unit of time,
    another one of it."""
    if not mine or not theirs:
        return False
    return any(
        unit == other_unit and when != other_when
        for unit, when in mine
        for other_unit, other_when in theirs
    )


def _other_time(
    mine: frozenset, mine_reference: frozenset, theirs: frozenset, theirs_reference: frozenset
) -> bool:
    """Do the two give different times of the same sort: when it happened ("in 2025" /
    "in 2021"), or what it is compared with ("since 2006" / "since 1998")?"""
    mine_when, theirs_when = mine - mine_reference, theirs - theirs_reference
    if mine_when and theirs_when and not mine_when & theirs_when:
        return True
    return bool(mine_reference and theirs_reference and not mine & theirs)


_Evidence = tuple[
    set[str], frozenset[str], list[tuple[Figure, Figure]], list[tuple[Figure, Figure]]
]


def _reasons(claim: Analysed, evidence: _Evidence) -> Reasons:
    shared, shared_names, agreeing, conflicting = evidence
    return Reasons(
        words=tuple(sorted(claim.surface[stem] for stem in shared if stem in claim.surface)),
        figures=tuple(figure.label() for figure, _ in agreeing),
        names=tuple(sorted(claim.surface.get(name, name) for name in shared_names)),
        conflicting_figures=tuple((mine.label(), theirs.label()) for mine, theirs in conflicting),
    )


def _figure_pairs(
    mine: tuple[Figure, ...], theirs: tuple[Figure, ...]
) -> tuple[list[tuple[Figure, Figure]], list[tuple[Figure, Figure]], bool]:
    """Figures both give (the same value, allowing for rounding); figures of the same kind
    counting the same thing with different values; and whether one of those names the same
    counted thing on both sides ("41 bodies" / "78 bodies": another figure for it, whatever
    else agrees)."""
    if not mine or not theirs:
        return [], [], False  # (most claims give no figure)
    mine, theirs = _changes_as_factors(mine, theirs)
    mine, theirs = _bare_sums_as_money(mine, theirs)
    agreeing = []
    conflicting = []
    strong = False
    matched: set[int] = set()
    for figure in mine:
        same = next(
            (index for index, other in enumerate(theirs) if same_value(figure, other)), None
        )
        if same is not None:
            agreeing.append((figure, theirs[same]))
            matched.add(same)
    for figure in mine:
        if any(figure is pair[0] for pair in agreeing):
            continue
        rival = next(
            (
                other
                for index, other in enumerate(theirs)
                if index not in matched
                and _rivals(figure, other)
                and _same_counted(figure.counted, other.counted)
            ),
            None,
        )
        if rival is None:
            continue
        named = figure.counted is not None and rival.counted is not None
        if named or figure.kind != "count":
            conflicting.append((figure, rival))
            strong = True
        elif figure.counted is None and rival.counted is None:
            # counts of something unnamed on both sides: a contradiction only when all else
            # is alike (one side naming what it counts and the other not proves nothing)
            conflicting.append((figure, rival))
    return agreeing, conflicting, strong


def _rivals(figure: Figure, other: Figure) -> bool:
    """Two figures of one kind, or a change in percentage points against a change in percent
    ("fell 3 percentage points" / "fell 3%": two different falls of the same rate)."""
    if figure.kind == other.kind:
        return True
    return (
        {figure.kind, other.kind} == {"points", "percent"}
        and bool(figure.direction)
        and bool(other.direction)
    )


def _changes_as_factors(
    mine: tuple[Figure, ...], theirs: tuple[Figure, ...]
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """A rise or fall by a percentage read as a factor when the other side gives a factor:
    "rose 40 percent" is x1.4 against "doubled" (x2), "rose 100 percent" agrees with it."""
    mine_factor = any(figure.kind == "factor" for figure in mine)
    theirs_factor = any(figure.kind == "factor" for figure in theirs)
    if mine_factor == theirs_factor:
        return mine, theirs
    if mine_factor:
        return mine, tuple(map(_as_factor, theirs))
    return tuple(map(_as_factor, mine)), theirs


# A figure this large that counts nothing named is a sum when the other side gives one in money:
# a post's "took 2.4 BILLION from social security" is the claim's "$2.4 billion".
_BARE_SUM = 1_000_000


def _bare_sums_as_money(
    mine: tuple[Figure, ...], theirs: tuple[Figure, ...]
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """Each side's bare large counts ("2.4 billion", no noun after it) read in the currency of
    the other side's sums, when that side gives sums in one currency and it gives none."""

    def currency(figures: tuple[Figure, ...]) -> str | None:
        kinds = {figure.kind for figure in figures if figure.kind.startswith("money:")}
        return kinds.pop() if len(kinds) == 1 else None

    def as_money(figures: tuple[Figure, ...], kind: str | None) -> tuple[Figure, ...]:
        if kind is None or currency(figures) is not None:
            return figures
        return tuple(
            replace(figure, kind=kind)
            if figure.kind == "count" and figure.counted is None and figure.value >= _BARE_SUM
            else figure
            for figure in figures
        )

    return as_money(mine, currency(theirs)), as_money(theirs, currency(mine))


def _as_factor(figure: Figure) -> Figure:
    if figure.kind != "percent" or not figure.direction:
        return figure
    change = figure.value / 100
    value = 1 + change if figure.direction == "up" else 1 - change
    return Figure(round(value, 6), "factor", None, figure.approximate, figure.bound)


# Words after a figure that count people ("70,000 people" and "70,000 civilians" count alike),
# and what befell them ("95,000 killed", "the death toll"): two counts of people agree on what
# they count unless they name different fates (killed / injured).
_PEOPLE = frozenset(
    {"people", "persons", "person", "residents", "civilians", "victims", "citizens",
     "individuals", "inhabitants", "adults", "men", "women", "bodies", "migrants", "refugees",
     "patients", "workers", "children"}
)  # fmt: skip
_FATES = {
    **dict.fromkeys(("killed", "dead", "deaths", "lives", "toll", "bodies"), "died"),
    **dict.fromkeys(("injured", "wounded", "hurt", "injuries", "casualties"), "injured"),
    **dict.fromkeys(("displaced", "evacuated", "homeless"), "displaced"),
    **dict.fromkeys(("arrested", "detained"), "arrested"),
    "missing": "missing",
    "rescued": "rescued",
}


def _same_counted(mine: str | None, theirs: str | None) -> bool:
    if mine is None or theirs is None or mine == theirs:
        return True
    fate, other_fate = _FATES.get(mine), _FATES.get(theirs)
    if fate and other_fate:
        return fate == other_fate
    if (fate or mine in _PEOPLE) and (other_fate or theirs in _PEOPLE):
        return True
    return mine.rstrip("s") == theirs.rstrip("s")


def _shared_names(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """Names both give, a people's name meeting its country's ("Syrian" / "Syria", "Kenyan" /
    "Kenya"): the same stem, or one at least five letters long opening the other."""
    if not mine or not theirs:
        return frozenset()
    shared = set(mine & theirs)
    for name in mine - theirs:
        for other in theirs:
            if _same_name(name, other):
                shared.add(other)
    return frozenset(shared)


def _substituted(
    mine: tuple[tuple[str, ...], ...], theirs: tuple[tuple[str, ...], ...], shared: frozenset[str]
) -> bool:
    """Each names something the other does not: "in Calvania" / "in Morvan" - another place
    or person in the same claim. (One naming more than the other is only more detail.) A name
    is a run of capitalised words, known by its last: "Ferrante" is "President Aldo Ferrante",
    but the "Vessary Science Association" is not the "Vessary Music Forum"."""
    own = {name for run in mine if run[-1] not in shared for name in run} - shared
    other = {name for run in theirs if run[-1] not in shared for name in run} - shared
    # prefix-equal names were counted as shared from the claim's side only
    if _different_words(own, other):
        return True
    # two names with the same last word, each with a word of its own
    return any(
        run[-1] == other_run[-1] and _different_words(set(run) - shared, set(other_run) - shared)
        for run in mine
        if run[-1] in shared
        for other_run in theirs
    )


def _near_copy(query: Analysed, claim: Analysed) -> SequenceMatcher | None:
    """The two sentences' content words aligned, when the shorter repeats most of its words
    in the longer, in the same order (most pairs are not near-copies: None)."""
    mine, theirs = query.sequence, claim.sequence
    shorter = min(len(mine), len(theirs))
    if shorter < 4:
        return None
    # at most the words both have (and a repeated word's repeats) can line up: most pairs
    # share too few to be near-copies, told without aligning them
    own = set(mine)
    if len(own & set(theirs)) + len(mine) - len(own) < NEAR_COPY * shorter:
        return None
    aligned = SequenceMatcher(None, mine, theirs, autojunk=False)
    if sum(block.size for block in aligned.get_matching_blocks()) < NEAR_COPY * shorter:
        return None
    return aligned


def _swapped(query: Analysed, claim: Analysed, aligned: SequenceMatcher | None = None) -> bool:
    """One sentence with up to three words swapped for others ("seized 2.1 tons of cocaine" /
    "seized 2.1 tons of heroin", "the final coal plant" / "the final nuclear plant"): a
    near-copy, in the same order, that says another thing in one place of it - another
    claim. A word moved elsewhere, a word and its synonym, a verb said otherwise or a figure
    written in words is no swap. ``aligned``: ``_near_copy`` of the two, when worked out."""
    if aligned is None:
        aligned = _near_copy(query, claim)
        if aligned is None:
            return False
    mine, theirs = query.sequence, claim.sequence
    for tag, start, end, other_start, other_end in aligned.get_opcodes():
        if tag != "replace" or end - start > 3 or other_end - other_start > 3:
            continue
        # "fell by half" / "by a third": another figure (figures are compared apart)
        own = [word for word in mine[start:end] if word not in query.figure_words]
        other = [word for word in theirs[other_start:other_end] if word not in claim.figure_words]
        if not own or not other:
            continue
        if query.actions.intersection(own) or claim.actions.intersection(other):
            continue  # "detected" / "found": what was done, said in other words
        if claim.content.intersection(own) or query.content.intersection(other):
            continue  # said elsewhere in the other sentence: moved, not swapped
        if any(_same_name(word, other_word) for word in own for other_word in other):
            continue
        return True
    return False


def _different_words(own: set[str], other: set[str]) -> bool:
    return bool(own and other) and not any(
        _same_name(name, theirs_name) for name in own for theirs_name in other
    )


def _same_name(name: str, other: str) -> bool:
    if name[:4] != other[:4]:
        return False  # (the test below needs the first four letters alike: most pairs differ)
    short, long = sorted((name, other), key=len)
    return len(short) >= 5 and long.startswith(short[:-1]) and len(long) - len(short) <= 3


def _opposite(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """One says a thing rose, the other that it fell (and not also that it rose)."""
    for concept in mine - theirs:
        opposites = ANTONYM_CONCEPTS.get(concept) or OPPOSITES.get(concept)
        if opposites and opposites & (theirs - mine):
            return True
    return False


def _unpaired_of_a_kind(
    mine: tuple[Figure, ...], theirs: tuple[Figure, ...], agreeing: list[tuple[Figure, Figure]]
) -> bool:
    """A figure on each side, of the same kind (counts, percentages, sums in one currency),
    that agrees with nothing on the other side."""
    if not mine or not theirs:
        return False
    paired = {id(figure) for pair in agreeing for figure in pair}

    def unpaired(figures):
        return (
            f for f in figures if id(f) not in paired and f.kind != "factor" and not _is_period(f)
        )

    kinds = {f.kind for f in unpaired(mine)}
    return any(f.kind in kinds for f in unpaired(theirs))


def _is_period(figure: Figure) -> bool:
    """A figure of time ("for the first time in two decades", "the first six months"): how
    long, the claim's frame rather than its figure, and written many ways ("20 years")."""
    return figure.counted in TIME_UNITS


def _figures_differ(mine: tuple[Figure, ...], theirs: tuple[Figure, ...]) -> bool:
    """Both count something and no count is the same: "230 prisoners" / "95 prisoners"."""
    kinds = {figure.kind for figure in mine if figure.kind != "factor"}
    return bool(kinds & {figure.kind for figure in theirs})
