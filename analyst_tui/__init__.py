"""analyst-tui: compare several news reports of one story, claim by claim."""

import os as _os

# The matrices the aligner multiplies are small: with one BLAS thread they are
# faster (no threads spinning on a shared machine) and the results are the same
# on every machine, whatever its number of cores. A value set by the user wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
