"""The article the product was conceived from, as the tests paste it (the demo loader's copy)."""

from pathlib import Path

SEED_PATH = (
    Path(__file__).resolve().parents[2] / "claims/fixtures/seed/china-daily-2013-03-18-khalluf.txt"
)
SEED = SEED_PATH.read_text(encoding="utf-8")
