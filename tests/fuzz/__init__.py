"""Fuzzing sdkgen and the SDKs it generates: hostile specs, hostile server replies.

``scripts/fuzz`` runs fresh random examples (hypothesis) and saves every failing case,
shrunk, under ``corpus/``; ``tests/test_fuzz_corpus.py`` replays the whole corpus in CI.
"""
