"""compare's faster paths give exactly what the plain ones gave (issue 13: same tables, less time).

A value's score looked up once per distinct value (:func:`bas_analysis.compare._with_scores`) is the score
``Series.map`` gives row by row, on made-up codings with every value, unknown words and missing cells, in both
the text dtypes a table may have.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from bas_analysis import compare
from bas_analysis.vocab import SCORES, STAGE_SCORES

VALUES = st.sampled_from([*SCORES, *STAGE_SCORES, "unknown", "", "Yes", "annat", None])
INDICATORS = st.sampled_from(["stage", "barnombud", "styrdokument", "Stage", "", None])


def plain_scores(codings: pd.DataFrame) -> pd.Series:
    """The scores as :func:`compare._with_scores` gave them row by row (``Series.map``)."""
    scores = codings["value"].map(SCORES)
    is_stage = codings["indicator"] == "stage"
    scores[is_stage] = codings.loc[is_stage, "value"].map(STAGE_SCORES)
    return scores.astype(float)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(VALUES, INDICATORS), max_size=40), st.sampled_from([object, "str"]), st.integers(0, 5))
def test_scores_looked_up_per_distinct_value_are_the_mapped_scores(rows, dtype, offset):
    index = pd.RangeIndex(offset, offset + len(rows))  # (an index that is not 0..n-1: a filtered table's)
    codings = pd.DataFrame({"value": [v for v, _ in rows], "indicator": [i for _, i in rows]}, index=index, dtype=dtype)
    got = compare._with_scores(codings)
    pd.testing.assert_series_equal(got["score"], plain_scores(codings), check_names=False)
    assert list(got.columns) == ["value", "indicator", "score"]
    assert np.isnan(got["score"][codings["value"].isna().to_numpy()]).all()
