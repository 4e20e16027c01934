"""The project keeps the five seed documents byte for byte."""

import hashlib

import pytest

from conftest import SEEDS

CHECKSUMS = {
    "000_917e16e4678edf02.txt": "0f05fd1f4c5d390bb57d537e4cb35e47c6a097786372d3d49da56df04bf60a93",
    "001_22380d3dd2c635b7.txt": "c7b0048559c1efd6e8a0f9824f6f94339f941b8f531409295d683801be01f073",
    "002_987ce509ee56badb.txt": "b55acd21561e92f0c8e2cc2d207a55b10940101df37fec756e5443ee668ac3b1",
    "003_374dfc3ab97dbcc2.txt": "f214949f5d5264c87f2eb48803d9e921a6757dee4de1c58c7df743dd13be6be1",
    "004_5d2ed79ceb31eb97.txt": "b3634813ee86d6543bf2b47c887f376140adba6f7e046efa80eb095cc7882ba4",
}


@pytest.mark.parametrize("name,digest", sorted(CHECKSUMS.items()))
def test_seed_checksum(name, digest):
    assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest


def test_no_other_seed_files():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(CHECKSUMS)
