#!/usr/bin/env bash
# The README's agreement figures in one command (`make agreement`): the rule coder
# against the hand codings in ../shared, on two sets of pages:
#   in-sample:  ../shared/gold       the seeds and corpus pages the rules were written against
#   acceptance: ../shared/challenge  pages in new wording, coded by two people
# Each set is built into a temporary folder (removed afterwards); nothing else is written.
#
# Usage: bash scripts/agreement.sh [--full]     --full also lists every disagreement
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
SHARED="${SHARED:-../shared}"
QUIET="--quiet"
if [ "${1:-}" = "--full" ]; then QUIET=""; fi
for needed in "$SHARED/gold/codings.csv" "$SHARED/challenge/codings.csv" "$SHARED/challenge/pages" "$SHARED/corpus/seeds"; do
    if [ ! -e "$needed" ]; then
        echo "agreement: $needed not found (the hand codings live in ../shared beside the repository)" >&2
        exit 2
    fi
done
pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
cp "$SHARED"/corpus/*.txt "$SHARED"/corpus/seeds/*.txt "$pages"/
echo "== in-sample: $SHARED/gold (pages the rules were written against)"
"$BIN/bas-analysis" agreement --gold "$SHARED/gold/codings.csv" --raw "$pages" $QUIET
echo
echo "== acceptance: $SHARED/challenge (pages in new wording, two coders)"
"$BIN/bas-analysis" agreement --gold "$SHARED/challenge/codings.csv" --raw "$SHARED/challenge/pages" $QUIET
